// [coroutine.handle.observers]/3: done() is true once the coroutine is suspended at its final
// suspend point, through the typed handle and through coroutine_handle<>.
#include "coro_test.h"

coro_test::lazy_task body() {
  coro_test::events.record("body");
  co_return;
}

extern "C" int main() {
  {
    coro_test::lazy_task task = body();
    std::coroutine_handle<> erased = task.handle;
    CORO_CHECK(!erased.done());
    task.handle.resume();
    CORO_CHECK_TRACE("body");
    CORO_CHECK(task.handle.done());
    CORO_CHECK(erased.done());
    CORO_CHECK(std::coroutine_handle<>::from_address(task.handle.address()).done());
  }
  return coro_test::finish();
}
