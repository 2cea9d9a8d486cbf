// [coroutine.trivial.awaitables], [dcl.fct.def.coroutine]/11: with suspend_never as the final
// awaitable, the coroutine runs off its end: the promise is destroyed and the frame freed at once.
#include "traced_promise.h"

struct local {
  ~local() { coro_test::events.record("~local"); }
};

struct task {
  struct promise_type : coro_test::traced_promise<task, promise_type> {
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
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
  CORO_CHECK(coro_test::live_frames == 0);
  body();
  coro_test::events.record("returned");
  CORO_CHECK(coro_test::live_frames == 0);
  CORO_CHECK_TRACE("body,return_void,~local,~promise,returned");
  return coro_test::finish();
}
