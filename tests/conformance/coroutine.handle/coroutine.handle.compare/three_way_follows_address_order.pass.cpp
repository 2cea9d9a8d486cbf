// [coroutine.handle.compare]/2: x <=> y is compare_three_way()(x.address(), y.address()), a
// strong_ordering in the (flat, on Cortex-M) order of the frame addresses.
#include <compare>

#include "coro_test.h"

coro_test::lazy_task body() { co_return; }

using uint_for_pointer = decltype(sizeof 0);
static_assert(sizeof(uint_for_pointer) == sizeof(void*));

std::strong_ordering by_address(void* x, void* y) {
  const auto a = reinterpret_cast<uint_for_pointer>(x);
  const auto b = reinterpret_cast<uint_for_pointer>(y);
  return a < b ? std::strong_ordering::less : a > b ? std::strong_ordering::greater : std::strong_ordering::equal;
}

extern "C" int main() {
  {
    coro_test::lazy_task a = body();
    coro_test::lazy_task b = body();
    std::coroutine_handle<> x = a.handle;
    std::coroutine_handle<> y = b.handle;
    CORO_CHECK(x != y);
    CORO_CHECK((x <=> y) == by_address(x.address(), y.address()));
    CORO_CHECK((y <=> x) == by_address(y.address(), x.address()));
    CORO_CHECK((x <=> y) != std::strong_ordering::equal);
    CORO_CHECK((x <=> x) == std::strong_ordering::equal);
    CORO_CHECK((a.handle <=> b.handle) == (x <=> y));
    CORO_CHECK((x < y) == (by_address(x.address(), y.address()) < 0));
    CORO_CHECK((x > y) == (by_address(x.address(), y.address()) > 0));
    CORO_CHECK((x <= x) && (x >= x));
    CORO_CHECK((std::coroutine_handle<>() <=> x) == by_address(nullptr, x.address()));
  }
  return coro_test::finish();
}
