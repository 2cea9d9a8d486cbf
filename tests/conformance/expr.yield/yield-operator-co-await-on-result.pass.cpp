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
  struct promise_type : coro_test::detached_promise<task> {
    yield_token yield_value(int v) { return yield_token{v}; }
    void return_void() {}
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
