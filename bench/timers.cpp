// What time costs, in instructions per operation (exact, -icount):
//   sleep_cycle[_pending_8|_32]  a task's sleep until the next tick, with 0, 7 or 31 other
//                                timers pending (later ones): the timer inserted, the task
//                                suspended, the tick's interrupt, the expiry, the resume
//   timer_insert_front_32        a timer inserted before 32 pending ones, then cancelled
//   timer_insert_back_32         the same, after them
// The tick is pended by software with interrupts masked, as irq_flag.hpp pends its line, so a
// round trip runs no idle time: the measuring counter (SysTick, bench::start_counter) then
// raises no tick of its own, and the clock advances only by these pends, each one tick (a
// period's end: SysTick's period stays one tick, because the clock stretches none while its
// interrupt is pending).
#include <freeco/executor.hpp>
#include <freeco/systick.hpp>
#include <freeco/time.hpp>

#include "irq_flag.hpp"
#include "measure.hpp"
#include "spawn.hpp"

using bench::sink;

namespace {

constinit freeco::executor executor;

// Pending timers that never expire here, as a firmware's long sleeps are; cancelled after.
freeco::detail::timer later[32];
void add_later(uint32_t count) {
  const int64_t now = freeco::clock::now().since_start().ticks();
  for (uint32_t i = 0; i < count; ++i) {
    later[i].deadline = now + 1'000'000 + i;
    freeco::detail::add_timer(later[i]);
  }
}
void cancel_later(uint32_t count) {
  for (uint32_t i = 0; i < count; ++i) freeco::detail::cancel_timer(later[i]);
}

[[gnu::always_inline]] inline void pend_tick_masked() {
  asm volatile("cpsid i" ::: "memory");
  freeco::systick::pend();
}

freeco::task<> sleeper(uint32_t n) {
  for (uint32_t i = 0; i < n; ++i) {
    sink = i;
    pend_tick_masked();
    co_await freeco::sleep_until(freeco::clock::now() + freeco::ticks(1));
  }
}
template <uint32_t Others>
void sleeps(uint32_t n) {
  add_later(Others);
  bench::run_alone(executor, sleeper(n));
  cancel_later(Others);
}

template <int64_t Offset>
void insert_and_cancel(uint32_t n) {
  freeco::detail::timer t;
  for (uint32_t i = 0; i < n; ++i) {
    sink = i;
    t.deadline = freeco::clock::now().since_start().ticks() + Offset;
    freeco::detail::add_timer(t);
    freeco::detail::cancel_timer(t);
  }
}

}  // namespace

extern "C" int main() {
  freeco::nvic::enable(bench::line);
  bench::start_counter();
  const uint32_t loop = bench::per_iteration(bench::plain_loop);
  auto net = [loop](uint32_t milli) { return milli - loop; };
  const uint32_t irq = net(bench::per_iteration(bench::irq_flag));
  const uint32_t indirect = net(bench::per_iteration(bench::indirect_call));
  bench::metric("sleep_cycle", net(bench::per_iteration(sleeps<0>)), "irq_flag", irq);
  bench::metric("sleep_cycle_pending_8", net(bench::per_iteration(sleeps<7>)), "irq_flag", irq);
  bench::metric("sleep_cycle_pending_32", net(bench::per_iteration(sleeps<31>)), "irq_flag", irq);
  add_later(32);
  bench::metric("timer_insert_front_32", net(bench::per_iteration(insert_and_cancel<1>)), "indirect_call", indirect);
  bench::metric("timer_insert_back_32", net(bench::per_iteration(insert_and_cancel<2'000'000>)), "indirect_call", indirect);
  cancel_later(32);
  return freeco::pending_timers() == 0 ? 0 : 1;
}
