// [coroutine.handle.compare]/1: x == y is x.address() == y.address(): handles to one coroutine
// compare equal (typed or not), handles to different coroutines differ, null handles are equal.
#include "coro_test.h"

coro_test::lazy_task body() { co_return; }

extern "C" int main() {
  {
    coro_test::lazy_task a = body();
    coro_test::lazy_task b = body();
    std::coroutine_handle<> a_erased = a.handle;
    auto a_again = std::coroutine_handle<coro_test::lazy_task::promise_type>::from_address(a.handle.address());
    CORO_CHECK(a.handle == a_again);
    CORO_CHECK(a.handle == a_erased);
    CORO_CHECK(a_erased == a.handle);
    CORO_CHECK(!(a.handle != a_erased));
    CORO_CHECK(a.handle != b.handle);
    CORO_CHECK(!(a.handle == b.handle));
    CORO_CHECK(a_erased != std::coroutine_handle<>(b.handle));
    CORO_CHECK(a.handle != nullptr);
    CORO_CHECK(std::coroutine_handle<>() == std::coroutine_handle<>(nullptr));
  }
  return coro_test::finish();
}
