// [coroutine.handle.noop.conv]/1, [coroutine.handle.noop.resumption]/2: a no-op handle converted
// to coroutine_handle<> keeps its address, and resume(), operator() and destroy() through the
// converted handle have no observable effect either.
#include "coro_test.h"

void resume_twice(std::coroutine_handle<> h) {
  h.resume();
  h();
}

extern "C" int main() {
  std::noop_coroutine_handle noop = std::noop_coroutine();
  std::coroutine_handle<> erased = noop;
  CORO_CHECK(erased.address() == noop.address());
  CORO_CHECK(static_cast<bool>(erased));
  erased.resume();
  erased();
  resume_twice(noop);
  erased.destroy();
  erased.destroy();
  CORO_CHECK(!noop.done());
  CORO_CHECK(erased.address() == noop.address());
  coro_test::events.record("still running");
  CORO_CHECK_TRACE("still running");
  return coro_test::finish();
}
