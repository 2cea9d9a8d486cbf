// [expr.yield]/2: co_yield e is equivalent to co_await p.yield_value(e): the awaiter yield_value
// returns decides the suspension, and its await_resume is the value of the yield-expression.
#include "coro_test.h"

namespace {

struct yield_awaiter {
  int reply;
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<>) { coro_test::events.record("await_suspend"); }
  int await_resume() { return reply; }
};

struct task {
  struct promise_type : coro_test::arena_allocated {
    int yielded = 0;
    yield_awaiter yield_value(int v) {
      coro_test::events.record("yield_value");
      yielded = v;
      return yield_awaiter{v + 1};
    }
    task get_return_object() { return task{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    static task get_return_object_on_allocation_failure() noexcept { return task{nullptr}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  std::coroutine_handle<promise_type> handle;
};

int reply = 0;

task f() { reply = co_yield 4; }

}  // namespace

extern "C" int main() {
  task t = f();
  t.handle.resume();
  coro_test::events.record("suspended");
  CORO_CHECK(t.handle.promise().yielded == 4);
  t.handle.resume();
  CORO_CHECK(reply == 5);
  CORO_CHECK_TRACE("yield_value,await_suspend,suspended");
  t.handle.destroy();
  return coro_test::finish();
}
