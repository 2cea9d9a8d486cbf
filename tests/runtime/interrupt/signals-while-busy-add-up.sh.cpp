// Signals that arrive while the task is busy are counted, not lost: the handler signals three
// times per interrupt and the task spends longer than an interrupt period between awaits, so
// it is woken fewer times than there are signals, and the counts it gets add up to all of
// them.
// RUN: %{build}
// RUN: %{run} --icount %t.elf | FileCheck %s
#include <freeco/interrupt_event.hpp>
#include <runtime_test.h>
#include <freeco/systick.hpp>

namespace {
constinit freeco::executor executor;
constinit freeco::interrupt_event event;
constexpr uint32_t interrupts = 40;
volatile uint32_t fired = 0;
volatile uint32_t spin;
uint32_t wakes = 0, signals_seen = 0;

freeco::task<> slow_listener() {
  while (signals_seen < 3 * interrupts) {
    const uint32_t n = co_await event;
    RUNTIME_CHECK(n >= 1);
    ++wakes;
    signals_seen += n;
    for (uint32_t i = 0; i < 1000; ++i) spin = i;  // a few thousand instructions: longer than a period
  }
}
}  // namespace

extern "C" void SysTick_Handler() {
  fired = fired + 1;
  if (fired == interrupts) freeco::systick::stop();
  event.signal();
  event.signal();
  event.signal();
}

extern "C" int main() {
  runtime_test::spawn(executor, slow_listener());
  freeco::systick::start(20);  // 20 core clocks: 1250 instructions on microbit, 800 on mps2-an386 (-icount)
  executor.run();
  RUNTIME_CHECK(signals_seen == 3 * interrupts);
  RUNTIME_CHECK(wakes < interrupts);
  runtime_test::print("signals: ", static_cast<long>(3 * fired));
  runtime_test::print("counted: ", static_cast<long>(signals_seen));
  runtime_test::print("fewer wake-ups than interrupts: ", wakes < interrupts);
  return 0;
}
// CHECK: signals: 120
// CHECK-NEXT: counted: 120
// CHECK-NEXT: fewer wake-ups than interrupts: 1
