// A task that was given a permit (woken, not yet run) and is then cancelled gives it back.
#include <freeco/semaphore.hpp>
#include <freeco/when.hpp>
#include <runtime_test.h>

namespace {
constinit freeco::executor executor;
constinit freeco::semaphore permits(0);

freeco::task<int> releases_then_finishes() {
  co_await freeco::yield();  // the racing acquirer waits by now
  permits.release();         // gives it the permit
  co_return 0;
}
freeco::task<int> racing_acquirer() {
  co_await permits.acquire();
  co_return 1;
}

freeco::task<> race() {
  auto r = co_await freeco::when_any(releases_then_finishes(), racing_acquirer());
  RUNTIME_CHECK(r.index == 0);
  RUNTIME_CHECK(permits.available() == 1 && !permits.has_waiters());
}
}  // namespace

extern "C" int main() {
  runtime_test::spawn(executor, race());
  executor.run();
  return 0;
}
