// From an interrupt to the task it wakes, in instructions per round trip (exact, -icount): the
// task pends the interrupt with interrupts masked and waits; its executor finds nothing to run
// and sleeps; the sleep unmasks, the handler runs and wakes the task; the executor resumes it.
//   isr_to_task_interrupt_event   the handler signals an interrupt_event the task awaits
//   isr_to_task_event             the handler sets an event the task awaits (and resets)
// Baseline irq_flag (irq_flag.hpp): the same pend and sleep, a flag set and polled.
#include <freeco/event.hpp>
#include <freeco/executor.hpp>
#include <freeco/interrupt_event.hpp>

#include "irq_flag.hpp"
#include "measure.hpp"
#include "spawn.hpp"

using bench::sink;

namespace {

constinit freeco::executor executor;
constinit freeco::interrupt_event signalled;
constinit freeco::event set_by_handler;

freeco::task<> signal_loop(uint32_t n) {
  for (uint32_t i = 0; i < n; ++i) {
    sink = i;
    bench::pend_masked();
    co_await signalled;
  }
}
freeco::task<> event_loop(uint32_t n) {
  for (uint32_t i = 0; i < n; ++i) {
    sink = i;
    bench::pend_masked();
    co_await set_by_handler;
    set_by_handler.reset();
  }
}

template <auto Loop, auto OnIrq>
void run(uint32_t n) {
  bench::on_irq = OnIrq;
  bench::run_alone(executor, Loop(n));
}
void signal() { signalled.signal(); }
void set_event() { set_by_handler.set(); }

}  // namespace

extern "C" int main() {
  freeco::nvic::enable(bench::line);
  bench::start_counter();
  const uint32_t loop = bench::per_iteration(bench::plain_loop);
  const uint32_t baseline = bench::per_iteration(bench::irq_flag) - loop;
  bench::metric("isr_to_task_interrupt_event", bench::per_iteration(run<signal_loop, signal>) - loop, "irq_flag", baseline);
  bench::metric("isr_to_task_event", bench::per_iteration(run<event_loop, set_event>) - loop, "irq_flag", baseline);
  return 0;
}
