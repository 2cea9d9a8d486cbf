// A task that was handed the mutex (woken, not yet run) and is then cancelled passes the
// mutex on to the next waiter, or unlocks it when none waits.
#include <freeco/mutex.hpp>
#include <freeco/when.hpp>
#include <runtime_test.h>

namespace {
constinit freeco::executor executor;
constinit freeco::mutex bus;
bool next_got_it = false;

freeco::task<int> unlocks_then_finishes() {
  co_await freeco::yield();  // the racing locker and the next waiter wait by now
  bus.unlock();              // hands the mutex to the racing locker, the first waiter
  co_return 0;
}
freeco::task<int> racing_locker() {
  auto lock = co_await bus.lock();
  co_return 1;
}
freeco::task<> next_waiter() {
  auto lock = co_await bus.lock();
  next_got_it = true;
}

freeco::task<> race() {
  RUNTIME_CHECK(bus.try_lock());
  auto r = co_await freeco::when_any(unlocks_then_finishes(), racing_locker());
  RUNTIME_CHECK(r.index == 0);
}
}  // namespace

extern "C" int main() {
  runtime_test::spawn(executor, race());
  runtime_test::spawn(executor, next_waiter());
  executor.run();
  RUNTIME_CHECK(next_got_it && !bus.locked() && !bus.has_waiters());
  return 0;
}
