// [coroutine.trivial.awaitables], [expr.await]/5.1: co_await suspend_always{} always suspends
// the coroutine, and resume() continues right after it.
#include "coro_test.h"

coro_test::lazy_task body() {
  coro_test::events.record("a");
  co_await std::suspend_always{};
  coro_test::events.record("b");
}

extern "C" int main() {
  {
    coro_test::lazy_task task = body();
    task.handle.resume();
    coro_test::events.record("suspended");
    CORO_CHECK(!task.handle.done());
    task.handle.resume();
    CORO_CHECK(task.handle.done());
  }
  CORO_CHECK_TRACE("a,suspended,b");
  return coro_test::finish();
}
