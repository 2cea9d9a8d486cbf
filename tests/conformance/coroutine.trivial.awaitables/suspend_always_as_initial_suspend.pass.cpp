// [coroutine.trivial.awaitables], [dcl.fct.def.coroutine]/5: with suspend_always as the initial
// awaitable, the coroutine suspends before its body: the call returns with nothing run.
#include "traced_promise.h"

struct local {
  ~local() { coro_test::events.record("~local"); }
};

struct task {
  struct promise_type : coro_test::traced_promise<task, promise_type> {
    std::suspend_always initial_suspend() noexcept { return {}; }
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
  CORO_CHECK(!t.handle.done());
  t.handle.resume();
  coro_test::events.record("resumed");
  CORO_CHECK(t.handle.done());
  t.handle.destroy();
  CORO_CHECK_TRACE("returned,body,return_void,~local,resumed,~promise");
  return coro_test::finish();
}
