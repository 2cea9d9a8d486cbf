// SysTick increments a std::atomic<int> with fetch_add while thread mode runs fetch_add loops
// on the same atomic: the final count is exactly the number of increments (none lost).
// The control: a plain volatile int incremented the same way, in the same loop and handler,
// must lose updates, which shows that interrupts do land inside read-modify-writes here.
// -icount makes QEMU take interrupts between any two instructions (and the run repeatable).
// RUN: %{build}
// RUN: %{run} --icount %t.elf | FileCheck %s
#include <atomic>
#include <runtime_test.h>
#include <freeco/systick.hpp>

namespace {
constexpr int thread_increments = 20000;
std::atomic<int> counter{0};
volatile int plain = 0;
volatile int interrupts = 0;
}  // namespace

extern "C" void SysTick_Handler() {
  counter.fetch_add(1);
  plain = plain + 1;
  interrupts = interrupts + 1;
}

extern "C" int main() {
  freeco::systick::start(3);
  for (int i = 0; i < thread_increments; ++i) {
    counter.fetch_add(1, std::memory_order_relaxed);
    plain = plain + 1;
  }
  freeco::systick::stop();
  const int total = thread_increments + interrupts;
  RUNTIME_CHECK(interrupts > 1000);
  RUNTIME_CHECK(counter.load() == total);
  RUNTIME_CHECK(plain < total);
  runtime_test::print("atomic increments lost: ", total - counter.load());
  runtime_test::print("plain increments lost, more than 0: ", plain < total);
  return 0;
}
// CHECK: atomic increments lost: 0
// CHECK: plain increments lost, more than 0: 1
