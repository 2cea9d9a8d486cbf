// [coroutine.handle.observers]/3: done() is false while the coroutine is suspended anywhere but
// at its final suspend point (its initial suspend point, a co_await in the body).
#include "coro_test.h"

coro_test::lazy_task body() {
  co_await std::suspend_always{};
  co_await std::suspend_always{};
}

extern "C" int main() {
  {
    coro_test::lazy_task task = body();
    std::coroutine_handle<> erased = task.handle;
    CORO_CHECK(!task.handle.done());  // initial suspend point
    CORO_CHECK(!erased.done());
    task.handle.resume();
    CORO_CHECK(!task.handle.done());  // first co_await
    CORO_CHECK(!erased.done());
    task.handle.resume();
    CORO_CHECK(!task.handle.done());  // second co_await
    task.handle.resume();
    CORO_CHECK(task.handle.done());   // control: the final suspend point
  }
  return coro_test::finish();
}
