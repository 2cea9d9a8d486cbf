// The synchronisation objects keep the masked-window budget of the Cortex-M0 (16
// instructions on every path, no calls, no loops; see executor/masked-windows-at-most-16):
// a firmware that reaches every masking site they add (a channel's reservation from a task
// and from a handler, its take and refill from a waiting sender, an event set from a handler,
// deferred work, cancelling a woken task and a waiting interrupt_event, the clock's handler
// and set_clock, and the tickless clock's steps: the next period stretched before a sleep,
// a period cut requested for a timer) passes tests/tools/window_check.py.
// RUN: %{build}
// RUN: %{run} --icount %t.elf
// RUN: %{objdump} -d -C %t.elf > %t.dis
// RUN: python3 %S/../../tools/window_check.py --limit 16 %t.dis | FileCheck %s
// CHECK-DAG: masked window: {{[0-9]+}} instructions {{.*}} in freeco::(anonymous namespace)::tick_clock::try_set_reload(
// CHECK-DAG: masked window: {{[0-9]+}} instructions {{.*}} in freeco::(anonymous namespace)::tick_clock::end_a_long_period_at(
// CHECK: longest masked window: {{[0-9]+}} instructions in
#include <freeco/channel.hpp>
#include <freeco/event.hpp>
#include <freeco/interrupt_event.hpp>
#include <freeco/when.hpp>
#include <runtime_test.h>
#include <soft_irq.h>

using namespace freeco::literals;

namespace {
constinit freeco::executor executor;
constinit freeco::channel<int, 1> numbers;
constinit freeco::event flagged;
constinit freeco::interrupt_event signalled;

freeco::task<int> wait_signal() { co_return int(co_await signalled); }
freeco::task<int> wait_flag() {
  co_await flagged;
  co_return 1;
}

freeco::task<> producer() {
  co_await numbers.send(1);
  co_await numbers.send(2);  // waits: refilled by the take
}
freeco::task<> consumer() {
  soft_irq::raise();  // the handler's try_send finds the channel full, sets the event
  RUNTIME_CHECK(co_await numbers.receive() == 1);
  RUNTIME_CHECK(co_await numbers.receive() == 2);
  auto r = co_await freeco::when_any(wait_signal(), wait_flag());  // the event is set: its waiter wins
  RUNTIME_CHECK(r.index == 1);
  co_await freeco::sleep_for(1_ms);
}
}  // namespace

void on_soft_irq() {
  (void)numbers.try_send(3);
  flagged.set();
}

extern "C" int main() {
  freeco::detail::set_clock(0);
  soft_irq::enable();
  runtime_test::spawn(executor, producer());
  runtime_test::spawn(executor, consumer());
  executor.run();
  return 0;
}
