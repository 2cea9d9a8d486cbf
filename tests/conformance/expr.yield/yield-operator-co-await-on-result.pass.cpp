// [expr.yield]/2 with [expr.await]/3.3: co_yield e is co_await p.yield_value(e), so an operator
// co_await of yield_value's result type is applied to produce the awaiter.
#include "coro_test.h"

namespace {

struct value_awaiter {
  int value;
  bool await_ready() { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  int await_resume() { return value; }
};

struct yield_token {
  int value;
  value_awaiter operator co_await() {
    coro_test::events.record("operator co_await");
    return value_awaiter{value * 3};
  }
};

struct task {
  struct promise_type : coro_test::arena_allocated {
    yield_token yield_value(int v) { return yield_token{v}; }
    task get_return_object() { return {}; }
    static task get_return_object_on_allocation_failure() noexcept { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

int result = 0;

task f() { result = co_yield 7; }

}  // namespace

extern "C" int main() {
  f();
  CORO_CHECK(result == 21);
  CORO_CHECK_TRACE("operator co_await");
  return coro_test::finish();
}
