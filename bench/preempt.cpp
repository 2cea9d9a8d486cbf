// Preemption latency, in instructions (exact counts under -icount, averaged over phases): a
// thread-mode task computes; an interrupt comes in (its line pended by the task itself, with
// interrupts enabled, so that it is taken at once); its handler signals an interrupt_event that
// an interrupt_executor's task awaits; the count runs from the pend to that task's first
// instruction after its co_await.
//   preempt_latency   pend -> handler -> signal -> the urgent line -> run_pending -> the task
// Baseline irq_entry: the same pend, to the first instruction of a plain handler.
//
// The counter is SysTick's, one count per 62.5 (microbit) or 40 (mps2-an386) instructions, so
// one reading is coarse; each round starts after a busy stretch of a different length (0 to
// 96 instructions or so), which spreads the pend over the count's phases, and the mean of 4096
// rounds is within a fraction of an instruction.
#include <freeco/executor.hpp>
#include <freeco/interrupt_event.hpp>
#include <freeco/interrupt_executor.hpp>

#include "irq_flag.hpp"
#include "measure.hpp"
#include "spawn.hpp"

namespace {

constinit freeco::executor executor;
constinit freeco::interrupt_executor urgent(freeco::board::free_irqs[0]);
constinit freeco::interrupt_event woken;
volatile uint32_t arrived = 0;  // the counter when the urgent task (or the plain handler) ran
constexpr uint32_t rounds = 4096;

freeco::task<> react() {
  for (;;) {
    co_await woken;
    arrived = bench::counter();
  }
}
void signal() { woken.signal(); }
void record() { arrived = bench::counter(); }

// A busy stretch of 0 to 31 steps of 3 instructions or so, then the pend; returns the counts.
[[gnu::noinline]] uint32_t one_round(uint32_t round) {
  for (uint32_t i = round % 32; i > 0; --i) bench::sink = i;
  const uint32_t start = bench::counter();
  freeco::nvic::pend(bench::line);
  asm volatile("dsb\n\tisb" ::: "memory");
  return bench::elapsed(start, arrived);
}

// Thousandths of an instruction from the pend to `arrived`, over `rounds` rounds.
uint32_t mean_latency() {
  uint64_t counts = 0;
  for (uint32_t round = 0; round < rounds; ++round) counts += one_round(round);
  const uint64_t ps_per_count = 1'000'000'000'000ull / freeco::board::core_clock_hz;
  return static_cast<uint32_t>((counts * ps_per_count + rounds / 2) / rounds);
}

uint32_t plain = 0, preempting = 0;
freeco::task<> busy() {
  bench::on_irq = record;
  plain = mean_latency();
  bench::on_irq = signal;
  preempting = mean_latency();
  co_return;
}

}  // namespace

extern "C" void SWI0_IRQHandler() { urgent.run_pending(); }
extern "C" void I2S_IRQHandler() { urgent.run_pending(); }

extern "C" int main() {
  freeco::nvic::enable(bench::line);
  bench::start_counter();
  urgent.start(0x40);
  bench::start(urgent, react());
  bench::run_alone(executor, busy());
  // The pend itself (the store and the barriers that make it take effect) is in both.
  bench::metric("preempt_latency", preempting, "irq_entry", plain);
  return 0;
}
