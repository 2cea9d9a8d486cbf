// freeco::event: a flag that tasks wait for, set from a task (of any level) or an interrupt
// handler.
// set() releases every waiting task and the event stays set (later co_awaits go straight on)
// until reset().
//
//     constinit freeco::event ready;
//     extern "C" void GPIOTE_IRQHandler() { ready.set(); }
//     freeco::task<> worker() { co_await ready; ready.reset(); ... }
//
// The waiting tasks are those of the event's home level: thread mode, or the interrupt_executor
// given to the constructor (`constinit freeco::event alarm(urgent);`).
//
// Waiters are nodes in the waiting tasks' frames (freeco/waiter_list.hpp), changed at the home
// level only. From anywhere else (a handler, a task of another level), set() stores the flag,
// counts the set in sets_ and asks the home level (deferred_work) to release the waiters, so
// that it never races with a task that starts or stops waiting, and destroying a waiting task
// just unlinks its node. A waiter notes sets_ before it tests the flag; the deferred release
// frees exactly those that waited before the latest set, even if reset() came in between (the
// set still happened for them), and none that started waiting after a reset.
#pragma once

#include <coroutine>
#include <freeco/callback_node.hpp>
#include <freeco/executor.hpp>
#include <freeco/waiter_list.hpp>
#include <stdint.h>

namespace freeco {

class event : detail::deferred_work {
  class awaiter;

 public:
  // Awaited by thread-mode tasks.
  constexpr event() noexcept : deferred_work(&event::release_deferred) {}
  // Awaited by the tasks of `home`, an interrupt_executor.
  constexpr explicit event(executor& home) noexcept : deferred_work(&event::release_deferred, &home) {}

  // Any context. At the home level the waiters are queued at once; from elsewhere, when the
  // home level's executor next runs (at once, for an interrupt_executor more urgent than the
  // caller).
  void set() noexcept {
    set_ = 1;
    if (at_home()) {
      release_waiters();
    } else {
      cpu::atomic_update(sets_, [](uint32_t n) { return n + 1; });
      request();
    }
  }
  void reset() noexcept { set_ = 0; }
  bool is_set() const noexcept { return set_ != 0; }
  // Tasks waiting now (for tests and statistics).
  bool has_waiters() const noexcept { return !waiters_.empty(); }

  // By the tasks of the home level only.
  awaiter operator co_await() noexcept {
    require_home("ERROR(freeco): co_await on an event away from its home level (an interrupt handler, or a task of "
                 "another executor level): give the event the waiting tasks' executor, freeco::event e(executor)");
    return awaiter(*this);
  }

 private:
  class [[nodiscard]] awaiter : detail::waiter {
   public:
    explicit awaiter(event& e) noexcept : event_(e) {}
    // since_ is read before the flag: a set() from a handler that comes after that read,
    // whether before the flag is tested or while this awaiter links itself, counts as later
    // than since_, so the deferred release frees this waiter. (Read in await_suspend, after
    // the test, a set() landing between the two was lost: the waiter slept with the event
    // set. tests/runtime/interrupt/random-interrupts-lose-and-double-nothing found it.)
    bool await_ready() noexcept {
      since_ = event_.sets_;
      return event_.is_set();
    }
    template <detail::freeco_promise P>
    void await_suspend(std::coroutine_handle<P> me) noexcept {
      wait_in(event_.waiters_, me);
    }
    void await_resume() const noexcept {}

   private:
    friend class event;
    event& event_;
    uint32_t since_ = 0;  // sets_ when it started waiting
  };

  void release_waiters() noexcept {
    while (detail::waiter* w = waiters_.pop_front()) detail::wake(*w->node);
  }
  // Waiters queue in the order they started waiting, so their since_ never decreases along
  // the list: release from the front while a set came after the waiter's since_.
  static void release_deferred(void* self) noexcept {
    auto& e = *static_cast<event*>(static_cast<deferred_work*>(static_cast<callback_node*>(self)));
    e.begin();
    const uint32_t sets = e.sets_;
    while (auto* w = static_cast<awaiter*>(e.waiters_.front())) {
      if (static_cast<int32_t>(w->since_ - sets) >= 0) break;
      detail::waiter_list::remove(*w);
      detail::wake(*w->node);
    }
  }

  volatile uint32_t set_ = 0;
  volatile uint32_t sets_ = 0;  // set() calls from handlers, modulo 2^32
  detail::waiter_list waiters_;
};

}  // namespace freeco
