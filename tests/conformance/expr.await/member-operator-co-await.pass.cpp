// [expr.await]/3.3: a member operator co_await of the operand's type is applied, and its result is
// the awaiter.
#include "coro_test.h"

namespace {

struct value_awaiter {
  int value;
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  int await_resume() { return value; }
};

struct awaitable {
  int base;
  value_awaiter operator co_await() const {
    coro_test::events.record("member operator co_await");
    return value_awaiter{base + 1};
  }
};

int result = 0;

coro_test::lazy_task f() { result = co_await awaitable{10}; }

}  // namespace

extern "C" int main() {
  {
    coro_test::lazy_task t = f();
    t.handle.resume();
    t.handle.resume();
  }
  CORO_CHECK(result == 11);
  CORO_CHECK_TRACE("member operator co_await");
  return coro_test::finish();
}
