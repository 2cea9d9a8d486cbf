// An interrupt handler sets the event: the waiting task runs (in thread mode, after the
// handler), and a handler that sets it while no task waits leaves it set for the next one.
#include <freeco/event.hpp>
#include <runtime_test.h>
#include <soft_irq.h>

namespace {
constinit freeco::executor executor;
constinit freeco::event from_irq;
volatile int handled = 0;
int resumed = 0;

freeco::task<> waiter() {
  soft_irq::raise();  // before the task waits: the event stays set
  RUNTIME_CHECK(handled == 1 && from_irq.is_set());
  co_await from_irq;
  from_irq.reset();
  ++resumed;
  co_await from_irq;  // the next raise comes from the other task while this one waits
  ++resumed;
}

freeco::task<> raiser() {
  co_await freeco::yield();
  RUNTIME_CHECK(from_irq.has_waiters());
  soft_irq::raise();
  RUNTIME_CHECK(handled == 2 && resumed == 1);
}
}  // namespace

void on_soft_irq() {
  handled = handled + 1;
  from_irq.set();
}

extern "C" int main() {
  soft_irq::enable();
  runtime_test::spawn(executor, waiter());
  runtime_test::spawn(executor, raiser());
  executor.run();
  RUNTIME_CHECK(resumed == 2 && !from_irq.has_waiters());
  return 0;
}
