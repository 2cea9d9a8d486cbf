// Cancelling a task that waits on an interrupt_event and an event while their interrupt
// fires: 768 trials move a one-shot SysTick one instruction at a time (an exact NOP sled,
// under -icount) across the cancellation, from before the winner finishes to after the
// losers are destroyed. Whatever the interleaving, the cancelled loser never runs, nothing is left
// queued or linked (a node left behind would be resumed after its frame was freed: a fault
// or a hang), and no signal of the interrupt_event is lost: the counts add up.
// RUN: %{build}
// RUN: %{run} --icount %t.elf | FileCheck %s
#include <exact_delay.h>
#include <freeco/event.hpp>
#include <freeco/interrupt_event.hpp>
#include <freeco/systick.hpp>
#include <freeco/when.hpp>
#include <runtime_test.h>

#include <freeco/target/board.hpp>

namespace {
constinit freeco::executor executor;
constinit freeco::interrupt_event signalled;
constinit freeco::event flagged;
volatile uint32_t fired = 0;
int loser_ran = 0;
// Where the interrupts landed: 0 before the winner finished, 1 while when_any resumed the
// caller and cancelled the losers, 2 after when_any returned.
volatile uint32_t phase = 0;
uint32_t landed[3];

// Three sweeps of 256, the interrupt armed to fire about 200, 450 and 700 instructions
// after the winner starts (-icount: one instruction per nanosecond): together they cover the
// whole cancellation, which takes a few hundred instructions.
constexpr uint32_t reload(uint32_t instructions) {
  return static_cast<uint32_t>((uint64_t(instructions) * freeco::board::core_clock_hz + 999'999'999) / 1'000'000'000);
}
constexpr uint32_t reloads[] = {reload(200), reload(450), reload(700)};
constexpr uint32_t trials = 3 * exact_delay::max_nops;

freeco::task<int> winner(uint32_t trial) {
  freeco::systick::start(reloads[trial / exact_delay::max_nops]);
  exact_delay::nops(trial % exact_delay::max_nops);
  phase = 1;
  co_return 0;
}
freeco::task<int> interrupt_loser() {
  co_await signalled;
  ++loser_ran;
  co_return 1;
}
freeco::task<int> event_loser() {
  co_await flagged;
  ++loser_ran;
  co_return 2;
}

freeco::task<> sweeper() {
  uint32_t counted = 0;
  for (uint32_t k = 0; k < trials; ++k) {
    phase = 0;
    auto r = co_await freeco::when_any(winner(k), interrupt_loser(), event_loser());
    phase = 2;
    RUNTIME_CHECK(r.index == 0);                      // the losers cannot run before it finishes
    counted += co_await signalled;                    // returned by the cancelled loser, or still to come
    RUNTIME_CHECK(counted == k + 1 && fired == k + 1);
    RUNTIME_CHECK(!flagged.has_waiters());
    flagged.reset();
    RUNTIME_CHECK(runtime_test::frames_in_use() == 1 && loser_ran == 0);
  }
}
}  // namespace

extern "C" void SysTick_Handler() {
  freeco::systick::stop();
  fired = fired + 1;
  ++landed[phase];
  signalled.signal();
  flagged.set();
}

extern "C" int main() {
  runtime_test::spawn(executor, sweeper());
  executor.run();
  runtime_test::print("interrupts: ", long(fired));
  runtime_test::print("# landed before: ", long(landed[0]));
  runtime_test::print("# landed during: ", long(landed[1]));
  runtime_test::print("# landed after: ", long(landed[2]));
  runtime_test::print("before the winner finished: ", landed[0] > 0);
  runtime_test::print("during the cancellation: ", landed[1] > 0);
  runtime_test::print("after when_any returned: ", landed[2] > 0);
  return runtime_test::frames_in_use() == 0 ? 0 : 1;
}
// CHECK: interrupts: 768
// CHECK: before the winner finished: 1
// CHECK-NEXT: during the cancellation: 1
// CHECK-NEXT: after when_any returned: 1
