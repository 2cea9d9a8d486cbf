// [coroutine.handle.export.import]/1-3: from_address(h.address()) gives a handle to the same
// coroutine, for coroutine_handle<> and coroutine_handle<Promise>: it resumes that coroutine and
// (typed) reaches the same promise.
#include "coro_test.h"

using promise_type = coro_test::lazy_task::promise_type;

coro_test::lazy_task body() {
  coro_test::events.record("first");
  co_await std::suspend_always{};
  coro_test::events.record("second");
}

extern "C" int main() {
  {
    coro_test::lazy_task task = body();
    void* address = task.handle.address();
    CORO_CHECK(address != nullptr);

    auto erased = std::coroutine_handle<>::from_address(address);
    CORO_CHECK(erased.address() == address);
    erased.resume();
    CORO_CHECK_TRACE("first");

    auto typed = std::coroutine_handle<promise_type>::from_address(address);
    CORO_CHECK(typed.address() == address);
    CORO_CHECK(&typed.promise() == &task.handle.promise());
    typed.resume();
    CORO_CHECK(task.handle.done());
  }
  CORO_CHECK_TRACE("first,second");
  return coro_test::finish();
}
