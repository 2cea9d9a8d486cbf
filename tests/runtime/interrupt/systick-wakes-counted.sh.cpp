// An interrupt_event signalled from SysTick: a task that keeps up is woken once per interrupt
// and each co_await returns 1; no interrupt is lost. Run with -icount, so the interleaving is
// the same on every run.
// RUN: %{build}
// RUN: %{run} --icount %t.elf | FileCheck %s
#include <freeco/interrupt_event.hpp>
#include <runtime_test.h>
#include <freeco/systick.hpp>

namespace {
constinit freeco::executor executor;
constinit freeco::interrupt_event tick;
constexpr uint32_t interrupts = 50;
volatile uint32_t fired = 0;
uint32_t wakes = 0, signals_seen = 0;

freeco::task<> listener() {
  while (signals_seen < interrupts) {
    const uint32_t n = co_await tick;
    RUNTIME_CHECK(n == 1);
    ++wakes;
    signals_seen += n;
  }
}
}  // namespace

extern "C" void SysTick_Handler() {
  fired = fired + 1;
  if (fired == interrupts) freeco::systick::stop();
  tick.signal();
}

extern "C" int main() {
  runtime_test::spawn(executor, listener());
  freeco::systick::start(2000);
  executor.run();  // sleeps between interrupts
  RUNTIME_CHECK(fired == interrupts);
  RUNTIME_CHECK(signals_seen == interrupts);
  runtime_test::print("interrupts: ", static_cast<long>(fired));
  runtime_test::print("wake-ups: ", static_cast<long>(wakes));
  return 0;
}
// CHECK: interrupts: 50
// CHECK-NEXT: wake-ups: 50
