// [expr.await]/3.3 with [over.match.oper]: a non-member operator co_await, found by argument-
// dependent lookup, is applied to the operand and its result is the awaiter.
#include "coro_test.h"

namespace {

namespace lib {
struct duration {
  int ticks;
};
struct sleep_awaiter {
  int ticks;
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  int await_resume() { return ticks; }
};
sleep_awaiter operator co_await(duration d) {
  coro_test::events.record("non-member operator co_await");
  return sleep_awaiter{d.ticks * 2};
}
}  // namespace lib

int result = 0;

coro_test::lazy_task f() { result = co_await lib::duration{4}; }

}  // namespace

extern "C" int main() {
  {
    coro_test::lazy_task t = f();
    t.handle.resume();
    t.handle.resume();
  }
  CORO_CHECK(result == 8);
  CORO_CHECK_TRACE("non-member operator co_await");
  return coro_test::finish();
}
