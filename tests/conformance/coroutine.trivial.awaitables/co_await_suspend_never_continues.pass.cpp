// [coroutine.trivial.awaitables], [expr.await]/5.1: co_await suspend_never{} does not suspend:
// the coroutine runs straight on.
#include "coro_test.h"

coro_test::lazy_task body() {
  coro_test::events.record("a");
  co_await std::suspend_never{};
  coro_test::events.record("b");
  co_await std::suspend_never{};
  coro_test::events.record("c");
}

extern "C" int main() {
  {
    coro_test::lazy_task task = body();
    task.handle.resume();
    coro_test::events.record("returned");
    CORO_CHECK(task.handle.done());
  }
  CORO_CHECK_TRACE("a,b,c,returned");
  return coro_test::finish();
}
