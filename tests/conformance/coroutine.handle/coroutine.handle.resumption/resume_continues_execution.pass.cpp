// [coroutine.handle.resumption]/3: resume() continues the suspended coroutine from its suspend
// point until its next suspension, then returns to the caller.
#include "coro_test.h"

coro_test::lazy_task body() {
  coro_test::events.record("a");
  co_await std::suspend_always{};
  coro_test::events.record("b");
  co_await std::suspend_always{};
  coro_test::events.record("c");
}

extern "C" int main() {
  {
    coro_test::lazy_task task = body();
    coro_test::events.record("created");
    task.handle.resume();
    coro_test::events.record("main1");
    task.handle.resume();
    coro_test::events.record("main2");
    std::coroutine_handle<> erased = task.handle;
    erased.resume();
    coro_test::events.record("main3");
    CORO_CHECK(task.handle.done());
  }
  CORO_CHECK_TRACE("created,a,main1,b,main2,c,main3");
  return coro_test::finish();
}
