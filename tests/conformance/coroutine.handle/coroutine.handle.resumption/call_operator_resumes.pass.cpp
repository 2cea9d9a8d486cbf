// [coroutine.handle.resumption]/1-3: operator() is resume(): it continues the coroutine to its
// next suspension, for coroutine_handle<Promise> and coroutine_handle<>.
#include "coro_test.h"

coro_test::lazy_task body() {
  coro_test::events.record("a");
  co_await std::suspend_always{};
  coro_test::events.record("b");
}

extern "C" int main() {
  {
    coro_test::lazy_task task = body();
    task.handle();
    coro_test::events.record("main");
    const std::coroutine_handle<> erased = task.handle;
    erased();
    CORO_CHECK(task.handle.done());
  }
  CORO_CHECK_TRACE("a,main,b");
  return coro_test::finish();
}
