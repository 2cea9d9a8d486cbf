// [stmt.return.coroutine]/2, [dcl.fct.def.coroutine]/5: after co_return's return_value call,
// control goes to the final suspend point: final_suspend() is called and its awaiter awaited.
#include "coro_test.h"

struct final_awaiter {
  bool await_ready() noexcept {
    coro_test::events.record("await_ready");
    return false;
  }
  void await_suspend(std::coroutine_handle<>) noexcept { coro_test::events.record("await_suspend"); }
  void await_resume() noexcept {}
};

struct task {
  struct promise_type : coro_test::arena_allocated {
    task get_return_object() { return {std::coroutine_handle<promise_type>::from_promise(*this)}; }
    static task get_return_object_on_allocation_failure() noexcept { return {nullptr}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    final_awaiter final_suspend() noexcept {
      coro_test::events.record("final_suspend");
      return {};
    }
    void return_value(int) { coro_test::events.record("return_value"); }
    void unhandled_exception() {}
  };
  std::coroutine_handle<promise_type> handle;
};

task body() {
  coro_test::events.record("body");
  co_return 1;
}

extern "C" int main() {
  task t = body();
  t.handle.resume();
  coro_test::events.record("main");
  CORO_CHECK(t.handle.done());
  t.handle.destroy();
  CORO_CHECK_TRACE("body,return_value,final_suspend,await_ready,await_suspend,main");
  return coro_test::finish();
}
