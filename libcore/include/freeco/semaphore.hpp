// freeco::semaphore: a counting semaphore for tasks, permits handed out in FIFO order.
// Thread mode only.
//
//     constinit freeco::semaphore slots(3);   // three permits
//     co_await slots.acquire(); ... slots.release();
//
// release() with tasks waiting gives the permit straight to the first of them, so a task that
// releases and acquires again cannot overtake them. A waiting task that is destroyed unlinks
// itself; one destroyed after it was given a permit, before it ran, gives the permit back.
#pragma once

#include <coroutine>
#include <freeco/core.hpp>
#include <freeco/executor.hpp>
#include <freeco/waiter_list.hpp>
#include <stddef.h>

namespace freeco {

class semaphore {
 public:
  class awaiter;

  constexpr explicit semaphore(size_t permits) noexcept : permits_(permits) {}
  semaphore(const semaphore&) = delete;
  semaphore& operator=(const semaphore&) = delete;

  // co_await s.acquire(): a permit, once one is free and every earlier waiter has one.
  awaiter acquire() noexcept;
  bool try_acquire() noexcept {
    detail::require_thread_mode("ERROR(freeco): semaphore or mutex used from an interrupt handler: they are for tasks; "
                                "a handler signals an interrupt_event or sets an event instead");
    if (permits_ == 0 || !waiters_.empty()) return false;
    --permits_;
    return true;
  }
  // Gives the permit to the first waiter, or keeps it.
  void release() noexcept {
    detail::require_thread_mode("ERROR(freeco): semaphore or mutex released from an interrupt handler: they are for "
                                "tasks; a handler signals an interrupt_event or sets an event instead");
    if (detail::waiter* next = waiters_.pop_front()) {
      next->granted = true;
      detail::wake(*next->node);
    } else {
      ++permits_;
    }
  }
  void release(size_t n) noexcept {
    for (; n > 0; --n) release();
  }
  size_t available() const noexcept { return permits_; }
  bool has_waiters() const noexcept { return !waiters_.empty(); }

  class [[nodiscard]] awaiter : detail::waiter {
   public:
    explicit awaiter(semaphore& s) noexcept : semaphore_(s) {}
    ~awaiter() {
      if (granted) semaphore_.release();  // given a permit but destroyed before it ran: give it back
    }
    bool await_ready() noexcept { return semaphore_.try_acquire(); }
    template <detail::freeco_promise P>
    void await_suspend(std::coroutine_handle<P> me) noexcept {
      wait_in(semaphore_.waiters_, me);
    }
    void await_resume() noexcept { granted = false; }

   private:
    semaphore& semaphore_;
  };

 private:
  size_t permits_;
  detail::waiter_list waiters_;
};

inline semaphore::awaiter semaphore::acquire() noexcept { return awaiter(*this); }

}  // namespace freeco
