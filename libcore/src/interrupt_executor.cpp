#include <freeco/frame_pool.hpp>
#include <freeco/interrupt_executor.hpp>
#include <freeco/panic.hpp>

#include <freeco/target/cpu_mode.hpp>
#include <freeco/target/nvic.hpp>

namespace freeco {

void interrupt_executor::start(uint8_t priority) noexcept {
  detail::require_thread_mode("ERROR(freeco): interrupt_executor::start from an interrupt handler: start it in main");
  if (this_core().thread_executor != nullptr)
    panic("ERROR(freeco): interrupt_executor::start while an executor runs: start every interrupt_executor in main, "
          "before executor.run()");
  for (interrupt_executor* e = detail::started_interrupt_executors; e != nullptr; e = e->next_started_)
    if (e->level() == level())  // this one again, or another on its line
      panic("ERROR(freeco): interrupt_executor started twice, or two on one interrupt line: give each its own line");
  // Priorities that differ only below bit 6 are one priority on the Cortex-M0 (2 bits).
  if (priority < 0x40)
    panic("ERROR(freeco): interrupt_executor priority below 0x40: 0 is the clock's (SysTick must preempt every "
          "level); use 0x40, 0x80 or 0xC0");
  detail::share_pools();
  next_started_ = detail::started_interrupt_executors;
  detail::started_interrupt_executors = this;
  nvic::set_priority(irq(), priority);
  nvic::enable(irq());
  if (!ready_.empty() || interrupt_wakes_ != 0) notify();  // spawned before start()
}

// Runs at the line's priority. A wake from a more urgent level (or handler) meanwhile pends the
// line again: it runs again when this returns, so a wake after the last test is not lost.
// The slot's executor, task and level are the preempted level's again on return.
void interrupt_executor::run_ready_tasks() noexcept {
  core_context& core = this_core();
  executor* const outer = core.executor;
  detail::task_node* const outer_task = core.current;
  const uint32_t outer_level = core.level;
  core.executor = this;
  core.level = level();
  for (;;) {
    if (interrupt_wakes_ != 0) take_interrupt_wakes();
    if (ready_.empty()) break;
    run_ready(core);
  }
  core.executor = outer;
  core.current = outer_task;
  core.level = outer_level;
}

}  // namespace freeco
