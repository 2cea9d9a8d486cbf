// [coroutine.handle.noop.resumption]/1: resume(), operator() and destroy() on a no-op coroutine
// have no effect, however often they are called: the handle stays valid, not done, same frame.
#include "coro_test.h"

extern "C" int main() {
  std::noop_coroutine_handle h = std::noop_coroutine();
  void* const address = h.address();
  std::noop_coroutine_promise* const promise = &h.promise();
  for (int i = 0; i < 3; ++i) {
    h.resume();
    h();
    h.destroy();
  }
  h.destroy();
  h.resume();
  CORO_CHECK(!h.done());
  CORO_CHECK(static_cast<bool>(h));
  CORO_CHECK(h.address() == address);
  CORO_CHECK(&h.promise() == promise);
  CORO_CHECK(std::noop_coroutine().address() == address);
  return coro_test::finish();
}
