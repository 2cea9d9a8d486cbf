// [coroutine.handle.observers]/1: operator bool is true for a handle that refers to a
// coroutine (address() != nullptr), typed or type-erased.
#include "coro_test.h"

coro_test::lazy_task body() { co_return; }

extern "C" int main() {
  {
    coro_test::lazy_task task = body();
    std::coroutine_handle<> erased = task.handle;
    CORO_CHECK(static_cast<bool>(task.handle));
    CORO_CHECK(static_cast<bool>(erased));
    bool in_condition = false;
    if (task.handle) in_condition = true;
    CORO_CHECK(in_condition);
  }
  return coro_test::finish();
}
