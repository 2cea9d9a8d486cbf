// [coroutine.handle.noop.promise]/1: promise() returns a reference to the no-op coroutine's
// promise, the same object every time, and it lies inside no other coroutine's frame.
#include "coro_test.h"

extern "C" int main() {
  std::noop_coroutine_handle h = std::noop_coroutine();
  std::noop_coroutine_promise& first = h.promise();
  std::noop_coroutine_promise& second = h.promise();
  CORO_CHECK(&first == &second);
  h.resume();
  h.destroy();
  CORO_CHECK(&h.promise() == &first);
  const std::noop_coroutine_handle copy = h;
  CORO_CHECK(&copy.promise() == &first);
  return coro_test::finish();
}
