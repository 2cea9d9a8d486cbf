// [coroutine.handle.noop.observers]/1-2: a no-op coroutine handle is true and never done.
#include "coro_test.h"

extern "C" int main() {
  std::noop_coroutine_handle h = std::noop_coroutine();
  CORO_CHECK(!h.done());
  CORO_CHECK(static_cast<bool>(h));
  CORO_CHECK(h.address() != nullptr);
  return coro_test::finish();
}
