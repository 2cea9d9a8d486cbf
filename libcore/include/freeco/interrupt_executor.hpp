// freeco::interrupt_executor: an executor whose tasks run in the handler of an interrupt line,
// at that line's priority. Its tasks preempt thread mode's (and those of less urgent interrupt
// executors) on the one stack, with no context-switch code: a busy thread-mode task delays an
// urgent task by no more than the time it takes the interrupt to come in.
//
//     constinit freeco::executor executor;                          // thread mode
//     constinit freeco::interrupt_executor urgent(freeco::board::free_irqs[0]);  // SWI0 on microbit
//     extern "C" void SWI0_IRQHandler() { urgent.run_pending(); }
//     int main() {
//       urgent.start(0x40);              // its priority: more urgent than thread mode
//       urgent.spawn(react());           // from main, or from any task
//       executor.spawn(crunch());
//       executor.run_forever();
//     }
//
// - Whoever wakes one of its tasks (an interrupt handler, a task of another level, a timer)
//   queues it on its wake stack and pends its line (executor::notify); the handler then runs
//   every ready task of this executor, one at a time, and returns when none is ready.
// - Levels nest: a more urgent line preempts the handler of a less urgent one, and each handler
//   puts back the per-core slot's executor, current task and level (freeco/core.hpp) that it
//   found, so that this_core() is right at every level.
// - Its tasks await what thread-mode tasks await: other tasks, interrupt_events, timers
//   (sleep_for, sleep_until, timeout: each level has its own timer queue), when_all / when_any,
//   and events, channels, semaphores and mutexes made with this executor as their home level
//   (`constinit freeco::event alarm(urgent);`): their waiters are this level's tasks, and their
//   lists change at this level only.
// - Across levels, everything wakes: interrupt_event::signal, event::set and semaphore::release
//   work from any level and any handler (away from an object's home level they hand the work
//   to the home level's executor, pending its line); channel::try_send works from the home
//   level and from whatever cannot be preempted by it (more urgent levels and handlers).
//   Spawning onto another level's executor queues the task there. Misuse (waiting on an object
//   away from its home level, a try_send that the home level could preempt) is refused in debug
//   builds with an ERROR(freeco) message.
// - Frames come from the same pools: once an interrupt_executor has started, their allocation
//   is atomic.
// - While an interrupt_executor has started, the clock ticks every tick even when the core is
//   idle (no tickless periods): an interrupt_executor's task may set a timer at any moment.
//
// A line's priority: 0x40, 0x80 or 0xC0 (the bits both cores have; less urgent as it grows).
// 0 is the clock's (SysTick must preempt every level to count every tick).
#pragma once

#include <freeco/executor.hpp>
#include <freeco/timer_queue.hpp>
#include <stdint.h>

namespace freeco {

namespace detail {
struct level_access;
}

class interrupt_executor : public executor {
 public:
  // `irq`: the board's interrupt line it runs in (freeco/target/board.hpp lists them; the line
  // must be one nothing else drives, and its handler must call run_pending()).
  constexpr explicit interrupt_executor(unsigned irq) noexcept : executor(16 + irq), timers_(this) {}

  // Thread mode, in main before any executor runs: sets the line's priority and enables it.
  // Tasks spawned before start() run from then on.
  void start(uint8_t priority) noexcept;  // interrupt_executor.cpp

  // The line's handler: runs the executor's ready tasks until none is ready. (The check is
  // inline, so that it follows the firmware's build type, not the library's.)
  void run_pending() noexcept {
    detail::require_level(level(), "ERROR(freeco): interrupt_executor::run_pending outside its line's handler: call it "
                                   "from the handler of the line the executor was made with");
    run_ready_tasks();
  }

  unsigned irq() const noexcept { return level() - 16; }

  // An interrupt_executor is never run from thread mode.
  void run() = delete;
  void run_forever() = delete;

 private:
  friend struct detail::level_access;
  void run_ready_tasks() noexcept;  // interrupt_executor.cpp
  detail::timer_queue timers_;                   // the timers of this level's tasks
  interrupt_executor* next_started_ = nullptr;  // the started ones, newest first
};

namespace detail {
// The started interrupt executors, newest first: written by start() in thread mode before any
// executor runs, read by the clock (time.cpp) from then on.
inline constinit interrupt_executor* started_interrupt_executors = nullptr;

// What the clock needs of the levels: the started interrupt executors and their timer queues.
struct level_access {
  static interrupt_executor* next(interrupt_executor& e) noexcept { return e.next_started_; }
  static timer_queue& timers(interrupt_executor& e) noexcept { return e.timers_; }
};
}  // namespace detail

}  // namespace freeco
