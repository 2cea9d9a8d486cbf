// The runtime's context rules, checked:
// - "thread mode only" (require_thread_mode): running a thread executor, starting the uart
//   and an interrupt_executor.
// - "a task level" (require_task_level): thread mode, or the handler of the interrupt_executor
//   running there (this_core().level), not a plain handler that interrupted it: creating and
//   destroying tasks, an executor's own queues, timers.
// - "the home level" (deferred_work::require_home): waiting on an event, channel, semaphore or
//   mutex, at the level whose tasks its waiters are.
// - "not preempted by" (require_not_preempted_by): a channel's try_send, which fills its slot
//   after reserving it, at the channel's home level or above.
// Handlers only signal (interrupt_event::signal, event::set, semaphore::release,
// channel::try_send).
//
// Checked while FREECO_CHECKS is 1: by default unless NDEBUG is defined (a debug build), or set
// it with -DFREECO_CHECKS=0/1. A call from a handler then ends the firmware with the message
// (ERROR(freeco): what was called, and what to do instead) and status 1, as a panic. Off, the
// check is compiled out: no code, no text. Always inlined, so that each file follows its own
// setting.
#pragma once

#include <freeco/core.hpp>
#include <freeco/panic.hpp>

#include <freeco/target/cpu_mode.hpp>
#include <freeco/target/nvic.hpp>

#ifndef FREECO_CHECKS
#ifdef NDEBUG
#define FREECO_CHECKS 0
#else
#define FREECO_CHECKS 1
#endif
#endif

namespace freeco::detail {

[[gnu::always_inline]] inline void require_level([[maybe_unused]] uint32_t level, [[maybe_unused]] const char* what) noexcept {
#if FREECO_CHECKS
  if (cpu::exception_number() != level) panic(what);
#endif
}

[[gnu::always_inline]] inline void require_thread_mode(const char* what) noexcept { require_level(0, what); }

[[gnu::always_inline]] inline void require_task_level(const char* what) noexcept { require_level(this_core().level, what); }

// The caller's level is `level` or more urgent, so that `level` cannot preempt it: thread mode
// is the least urgent, an interrupt line as urgent as its NVIC priority, and the system
// exceptions (the clock's SysTick first) more urgent than every line the runtime uses.
[[gnu::always_inline]] inline void require_not_preempted_by([[maybe_unused]] uint32_t level,
                                                            [[maybe_unused]] const char* what) noexcept {
#if FREECO_CHECKS
  const uint32_t here = cpu::exception_number();
  if (level == 0 || here == level || (here != 0 && here < 16)) return;
  if (here == 0 || nvic::priority(here - 16) > nvic::priority(level - 16)) panic(what);
#endif
}

}  // namespace freeco::detail
