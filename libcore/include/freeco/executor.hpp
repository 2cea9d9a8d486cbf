// freeco::executor: runs spawned tasks, one at a time, until they finish; sleeps when none can
// run; wakes when an interrupt handler makes one ready.
//
//     constinit freeco::executor executor;
//     int main() {
//       if (executor.spawn(blink()) != freeco::spawn_status::spawned) return 1;
//       executor.run();   // returns once every spawned task has finished
//     }
//
// Queues (no allocation: a coroutine's promise is its own queue entry, detail::task_node):
//   ready_            FIFO of coroutines to resume; changed only at the executor's level
//                     (level_: thread mode, or an interrupt_executor's handler). A task that
//                     starts an awaited task, or finishes one, puts the coroutine that goes on
//                     next at the front and returns here (the trampoline that keeps the stack
//                     flat).
//   interrupt_wakes_  stack of coroutines woken from other levels (interrupt handlers, other
//                     executors' tasks), newest first, as one word changed only by
//                     cpu::atomic_update or with interrupts masked. The executor takes the whole
//                     stack at the top of every round and appends it to ready_ in wake order,
//                     so a task that keeps making itself ready cannot keep a woken one waiting.
//
// run() and run_forever() are called in thread mode with interrupts enabled.
// freeco::interrupt_executor (below) runs its tasks in an interrupt handler instead, so that they
// preempt thread mode's.
#pragma once

#include <freeco/core.hpp>
#include <freeco/panic.hpp>
#include <freeco/run_queue.hpp>
#include <freeco/task.hpp>
#include <freeco/thread_mode.hpp>
#include <stddef.h>
#include <stdint.h>
#include <type_traits>

#include <freeco/target/cpu_mode.hpp>

namespace freeco {

enum class [[nodiscard]] spawn_status : unsigned char {
  spawned,
  no_frame,  // the task is empty: its coroutine found no free slot (see frames.stats())
};

class executor {
 public:
  constexpr executor() = default;
  executor(const executor&) = delete;
  executor& operator=(const executor&) = delete;

  // Takes the task; it starts when the executor next runs. From main or a task of any
  // executor (another level's too: it is queued there as a wake-up), not from a plain handler.
  [[gnu::always_inline]] spawn_status spawn(task<>&& spawned) noexcept {
    detail::require_task_level("ERROR(freeco): executor::spawn from an interrupt handler: spawn from a task or main; a "
                               "handler wakes a task instead (interrupt_event::signal, event::set, channel::try_send)");
    auto handle = spawned.release();
    if (!handle) return spawn_status::no_frame;
    handle.promise().owner = this;
    if (cpu::exception_number() == level_) {
      ++live_;
      ready_.push(handle.promise());
    } else {
      spawn_from_elsewhere(handle.promise());
    }
    return spawn_status::spawned;
  }
  template <class T>
  spawn_status spawn(task<T>&&) noexcept {
    static_assert(std::is_void_v<T>,
                  "ERROR(freeco): spawn takes a task<void>: a spawned task's result has nowhere to "
                  "go; co_await a task<T> from another task instead");
    return spawn_status::no_frame;
  }

  // Runs until every spawned task has finished. May be called from a task of another executor
  // (nesting): that executor's tasks then wait, whatever wakes them, until this returns.
  void run() noexcept {
    detail::require_thread_mode("ERROR(freeco): executor::run from an interrupt handler: run executors from main or a task");
    loop(false);
  }
  // Runs for ever: for firmware whose tasks never all finish.
  [[noreturn]] void run_forever() noexcept {
    detail::require_thread_mode("ERROR(freeco): executor::run_forever from an interrupt handler: run executors from main");
    loop(true);
    __builtin_unreachable();
  }

  // The exception number its tasks run at: 0 (thread mode), or 16 + an interrupt_executor's line.
  uint32_t level() const noexcept { return level_; }

  // Spawned tasks that have not finished yet.
  size_t live_tasks() const noexcept { return live_ + spawned_elsewhere_; }

  // Makes a suspended coroutine of this executor ready (node.owner == this; detail::wake finds
  // the owner). At the executor's level only, by whoever owns its suspension.
  void wake(detail::task_node& node) noexcept {
    detail::require_level(level_, "ERROR(freeco): executor::wake from another level (an interrupt handler, or a task "
                                  "of another executor level): use wake_from_interrupt, or signal an interrupt_event");
    ready_.push(node);
  }
  // The same from any context, interrupt handlers and other levels included (an
  // interrupt_executor's line is pended); also queues callback nodes.
  void wake_from_interrupt(detail::task_node& node) noexcept;
  // With interrupts masked only: pushes `node` onto the wake stack, for an awaitable that must
  // take a waiter and queue it in one masked step (interrupt_event::signal); then notify().
  void push_woken(detail::task_node& node) noexcept {
    node.next = reinterpret_cast<detail::task_node*>(interrupt_wakes_);
    interrupt_wakes_ = reinterpret_cast<uintptr_t>(&node);
  }
  // After a push onto the wake stack: pends an interrupt_executor's line (thread mode picks the
  // push up by itself: any interrupt ends its sleep).
  void notify() const noexcept {
    if (level_ != 0) pend_line();
  }
  // Takes a woken coroutine back out of the queues, for cancellation. At the executor's level.
  void unqueue(detail::task_node& node) noexcept;
  // Whether a coroutine of this executor has been woken and waits to run. At its level.
  bool queued(const detail::task_node& node) const noexcept;

 protected:
  // An interrupt_executor's: the exception number of its line.
  constexpr explicit executor(uint32_t level) noexcept : level_(level) {}
  // Resumes the first node (the executor's level only). Every resume returns here: an awaited
  // task that starts and a task that finishes put who goes on next at the front of ready_, so a
  // chain of co_awaits that complete at once never deepens the stack. Inlined into the loops:
  // this is every task switch.
  [[gnu::always_inline]] void run_ready(core_context& core) noexcept {
    detail::task_node* node = ready_.pop();
    core.current = node;
    detail::handle_of(*node).resume();
  }
  void take_interrupt_wakes() noexcept;

  detail::run_queue ready_;
  volatile uintptr_t interrupt_wakes_ = 0;  // the newest node's address (host tests: 64 bits)

 private:
  friend void detail::finish_spawned(detail::task_node&) noexcept;

  friend void detail::hand_off(detail::task_node&) noexcept;

  void loop(bool forever) noexcept;
  void spawn_from_elsewhere(detail::task_node& node) noexcept;
  void pend_line() const noexcept;

  // Spawned tasks alive: live_ counts those spawned at the executor's level and every finish
  // (only its level changes it, so it may wrap below 0); spawned_elsewhere_ those spawned from
  // other levels, which add to it with an atomic step.
  size_t live_ = 0;
  volatile uint32_t spawned_elsewhere_ = 0;
  const uint32_t level_ = 0;  // the exception number it runs at: 0 for thread mode
};

// Spawns onto the executor running the calling task.
inline spawn_status spawn(task<>&& spawned) noexcept {
  executor* const running = this_core().executor;
  if (running == nullptr) panic("ERROR(freeco): freeco::spawn() with no executor running: call executor.spawn(task) instead");
  return running->spawn(static_cast<task<>&&>(spawned));
}

namespace detail {
// Called by an executor that has nothing to run, just before it sleeps: the clock (time.cpp)
// programs SysTick for the next deadline. Thread mode. Without the clock, nothing (executor.cpp).
void before_sleep() noexcept;

// Queue a suspended coroutine on its own executor (task_node::owner), not on whichever runs now.
inline void wake(task_node& node) noexcept { node.owner->wake(node); }
inline void wake_from_interrupt(task_node& node) noexcept { node.owner->wake_from_interrupt(node); }
inline bool queued(const task_node& node) noexcept { return node.owner->queued(node); }

struct yield_awaiter {
  bool await_ready() const noexcept { return false; }
  template <freeco_promise P>
  void await_suspend(std::coroutine_handle<P> me) const noexcept {
    wake(me.promise());
  }
  void await_resume() const noexcept {}
};
}  // namespace detail

// co_await yield(): lets every other ready task run once, then goes on.
inline detail::yield_awaiter yield() noexcept { return {}; }

}  // namespace freeco
