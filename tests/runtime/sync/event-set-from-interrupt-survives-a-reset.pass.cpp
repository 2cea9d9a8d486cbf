// A handler sets the event and a task resets it before thread mode has released the waiters:
// the set still releases every task that was waiting when it happened, and none that started
// waiting after the reset. Before the fix the deferred release saw the event reset and
// released nobody: the first waiter waited for ever (the referee sees it after its yields).
#include <freeco/event.hpp>
#include <runtime_test.h>
#include <soft_irq.h>

namespace {
constinit freeco::executor executor;
constinit freeco::event flag;
int released = 0;
bool late_released = false;

freeco::task<> early_waiter() {
  co_await flag;
  ++released;
}

freeco::task<> late_waiter() {
  co_await flag;  // waits after the reset: only the referee's set() releases it
  late_released = true;
}

freeco::task<> setter() {
  co_await freeco::yield();  // the early waiter waits now
  RUNTIME_CHECK(flag.has_waiters());
  soft_irq::raise();  // the handler sets: the release is deferred to thread mode
  flag.reset();       // and this runs before it
  runtime_test::spawn(executor, late_waiter());
}

freeco::task<> referee() {
  for (int i = 0; i < 20 && released == 0; ++i) co_await freeco::yield();
  RUNTIME_CHECK(released == 1);
  RUNTIME_CHECK(!late_released);
  flag.set();  // from a task: releases the late waiter
}
}  // namespace

void on_soft_irq() { flag.set(); }

extern "C" int main() {
  soft_irq::enable();
  runtime_test::spawn(executor, early_waiter());
  runtime_test::spawn(executor, setter());
  runtime_test::spawn(executor, referee());
  executor.run();
  RUNTIME_CHECK(released == 1 && late_released && !flag.has_waiters());
  return 0;
}
