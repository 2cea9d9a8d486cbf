// [coroutine.handle.conv]/1: coroutine_handle<Promise> converts implicitly to
// coroutine_handle<> with the same address, and the converted handle drives the same coroutine.
#include "coro_test.h"

coro_test::lazy_task body() {
  coro_test::events.record("first");
  co_await std::suspend_always{};
  coro_test::events.record("second");
}

void resume_erased(std::coroutine_handle<> h) { h.resume(); }

extern "C" int main() {
  {
    coro_test::lazy_task task = body();
    std::coroutine_handle<> erased = task.handle;
    CORO_CHECK(erased.address() == task.handle.address());
    resume_erased(task.handle);
    CORO_CHECK_TRACE("first");
    CORO_CHECK(!erased.done());
    erased.resume();
    CORO_CHECK(erased.done());
    CORO_CHECK(task.handle.done());
  }
  CORO_CHECK_TRACE("first,second");
  return coro_test::finish();
}
