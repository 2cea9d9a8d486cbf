// [coroutine.trivial.awaitables], [dcl.fct.def.coroutine]/5: with suspend_never as the initial
// awaitable, the body runs at once, before the call returns to the caller.
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
  t.handle.destroy();
  CORO_CHECK_TRACE("body,return_void,~local,returned,~promise");
  return coro_test::finish();
}
