// [coroutine.handle.con]/4: operator=(nullptr_t) makes address() null and returns *this; it
// only resets the handle, the coroutine it referred to lives on.
#include "coro_test.h"

coro_test::lazy_task body() {
  coro_test::events.record("body");
  co_return;
}

extern "C" int main() {
  {
    coro_test::lazy_task task = body();
    std::coroutine_handle<coro_test::lazy_task::promise_type> typed = task.handle;
    std::coroutine_handle<> erased = task.handle;
    CORO_CHECK(typed.address() != nullptr);
    CORO_CHECK(&(typed = nullptr) == &typed);
    CORO_CHECK(&(erased = nullptr) == &erased);
    CORO_CHECK(typed.address() == nullptr);
    CORO_CHECK(erased.address() == nullptr);
    CORO_CHECK(!typed);
    CORO_CHECK(!erased);
    // The frame is untouched: it still resumes through the task's own handle.
    task.handle.resume();
    CORO_CHECK(task.handle.done());
  }
  CORO_CHECK_TRACE("body");
  return coro_test::finish();
}
