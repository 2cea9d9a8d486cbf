// freeco::interrupt_event: an interrupt handler signals, one task awaits. Signals are counted
// and never lost: `co_await event` returns how many signals arrived since the previous
// co_await on it returned, at least 1. A task that keeps up with its interrupt is woken once
// per signal and gets 1 each time; one that falls behind is woken less often, with a count
// that covers every signal. Over a run, the counts add up to the number of signal() calls.
//
//     constinit freeco::interrupt_event tick;
//     extern "C" void SysTick_Handler() { tick.signal(); }
//     freeco::task<> heartbeat() { for (;;) { unsigned n = co_await tick; ... } }
//
// state_, one word, changed only by cpu::atomic_update or masked (so a handler can never split a
// step):
//
//                 signal()                         signal()
//     idle (0) -------------> pending (n<<1 | 1) ----------> pending (n+1)
//       |   ^                      |
//       |   +----- co_await -------+   takes n without suspending
//       | co_await (none pending): suspends
//       v
//     waiting (&awaiter, even) --- signal(): takes the awaiter, count 1, wakes its task ---> idle
//
// Between signal() taking the awaiter and its task running, further signals find the event
// idle and count up from there.
#pragma once

#include <coroutine>
#include <freeco/core.hpp>
#include <freeco/executor.hpp>
#include <freeco/panic.hpp>
#include <freeco/run_queue.hpp>
#include <stdint.h>

#include <freeco/target/cpu_atomic.hpp>
#include <freeco/target/cpu_mode.hpp>

namespace freeco {

class interrupt_event {
  struct awaiter;

 public:
  constexpr interrupt_event() = default;
  interrupt_event(const interrupt_event&) = delete;
  interrupt_event& operator=(const interrupt_event&) = delete;

  // Any context; typically an interrupt handler, or a task of another level.
  void signal() noexcept {
    // One masked step takes a waiting awaiter and queues its task on its executor: a task of a
    // more urgent level than the caller's could otherwise be cancelled between the two (its
    // awaiter sees itself taken, and nothing queued yet to take back) and be queued after its
    // frame was freed.
    executor* const owner = cpu::with_interrupts_masked([this]() -> executor* {
      const uintptr_t s = state_;
      if (!is_waiting(s)) {
        state_ = (s | 1u) + 2u;
        return nullptr;
      }
      state_ = 0;
      detail::task_node& node = *reinterpret_cast<awaiter*>(s)->node;  // its count stays 0: one signal
      node.owner->push_woken(node);  // on the waiting task's own executor
      return node.owner;
    });
    if (owner != nullptr) owner->notify();
  }

  awaiter operator co_await() noexcept { return awaiter(*this); }

 private:
  static constexpr bool is_waiting(uintptr_t s) noexcept { return s != 0 && (s & 1u) == 0; }
  static constexpr bool is_pending(uintptr_t s) noexcept { return (s & 1u) != 0; }

  struct awaiter {
    // A constructor, not aggregate initialisation: GCC 12 destroys an aggregate-initialised
    // awaiter's members twice when its suspended coroutine is destroyed.
    explicit awaiter(interrupt_event& e) noexcept : event(e) {}

    interrupt_event& event;
    detail::task_node* node = nullptr;
    uint32_t count = 0;  // signals taken without suspending; 0 when a signal woke the task (one)

    // Cancellation: a task destroyed while it waits unregisters. If a signal already took it
    // (its task woken but never run), that signal goes back to the event (none is lost) and
    // the coroutine leaves the run queues (the handler may have queued it after task::reset
    // looked).
    // Inline, so that the usual case (resumed: not waiting) costs one test where it is
    // destroyed; cancellation is out of line.
    ~awaiter() {
      if (node != nullptr) cancel();  // null: never suspended, or already resumed
    }
    [[gnu::noinline]] void cancel() noexcept {
      const uintptr_t self = reinterpret_cast<uintptr_t>(this);
      const uintptr_t old = cpu::atomic_update(event.state_, [self](uintptr_t s) { return s == self ? 0u : s; });
      if (old != self) {  // the handler had taken us and woken our coroutine
        event.signal();
        detail::unqueue(*node);
      }
      node = nullptr;
    }

    bool await_ready() const noexcept { return false; }
    template <detail::freeco_promise P>
    bool await_suspend(std::coroutine_handle<P> me) noexcept {
      node = &me.promise();
      const uintptr_t self = reinterpret_cast<uintptr_t>(this);
      const uintptr_t old = cpu::atomic_update(event.state_, [self](uintptr_t s) {
        return s == 0 ? self : is_pending(s) ? 0u : s;
      });
      if (is_pending(old)) {
        count = old >> 1;
        node = nullptr;
        return false;  // signals were pending: go on at once
      }
      if (old != 0) panic("ERROR(freeco): two tasks await one interrupt_event; give each task its own event");
      return true;
    }
    uint32_t await_resume() noexcept {
      node = nullptr;
      return count != 0 ? count : 1;
    }
  };

  volatile uintptr_t state_ = 0;  // holds an awaiter's address: 32 bits on Cortex-M, 64 on a host
};

}  // namespace freeco
