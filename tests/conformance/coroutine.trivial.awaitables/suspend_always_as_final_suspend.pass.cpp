// [coroutine.trivial.awaitables], [dcl.fct.def.coroutine]/5: with suspend_always as the final
// awaitable, the coroutine stays suspended at its final suspend point, frame alive, until destroy().
#include "traced_promise.h"

struct local {
  ~local() { coro_test::events.record("~local"); }
};

struct task {
  struct promise_type : coro_test::traced_promise<task, promise_type> {
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() { coro_test::events.record("return_void"); }
  };
  std::coroutine_handle<promise_type> handle;
};

task body() {
  local l;
  coro_test::events.record("body");
  co_return;
}

extern "C" int main() {
  task t = body();
  coro_test::events.record("returned");
  CORO_CHECK(t.handle.done());
  CORO_CHECK(coro_test::live_frames == 1);
  t.handle.destroy();
  CORO_CHECK(coro_test::live_frames == 0);
  CORO_CHECK_TRACE("body,return_void,~local,returned,~promise");
  return coro_test::finish();
}
