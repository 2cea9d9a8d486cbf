// [coroutine.noop.coroutine]/2 lets handles from two noop_coroutine() calls compare unequal;
// freeco's <coroutine> (and libstdc++) promise one shared frame, so here they compare equal.
#include "coro_test.h"

extern "C" int main() {
  std::noop_coroutine_handle first = std::noop_coroutine();
  std::noop_coroutine_handle second = std::noop_coroutine();
  CORO_CHECK(first.address() != nullptr);
  CORO_CHECK(first.address() == second.address());
  CORO_CHECK(first == second);
  CORO_CHECK(std::coroutine_handle<>(first) == std::coroutine_handle<>(second));
  CORO_CHECK((first <=> second) == 0);
  return coro_test::finish();
}
