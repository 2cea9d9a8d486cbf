// freeco::semaphore: a counting semaphore for tasks, permits handed out in FIFO order.
//
//     constinit freeco::semaphore slots(3);   // three permits
//     co_await slots.acquire(); ... slots.release();
//
// release() with tasks waiting gives the permit straight to the first of them, so a task that
// releases and acquires again cannot overtake them. A waiting task that is destroyed unlinks
// itself; one destroyed after it was given a permit, before it ran, gives the permit back.
//
// Home level: the acquiring tasks are thread mode's (the default) or those of the
// interrupt_executor given to the constructor (`freeco::semaphore s(0, urgent);`), where its
// list and count change without masking. release() works from anywhere: away from home it
// counts the release (released_elsewhere_) and hands it to the home level (deferred_work).
#pragma once

#include <coroutine>
#include <freeco/callback_node.hpp>
#include <freeco/core.hpp>
#include <freeco/executor.hpp>
#include <freeco/waiter_list.hpp>
#include <stddef.h>

namespace freeco {

class semaphore : detail::deferred_work {
 public:
  class awaiter;

  // Acquired by thread-mode tasks.
  constexpr explicit semaphore(size_t permits) noexcept : deferred_work(&semaphore::release_deferred), permits_(permits) {}
  // Acquired by the tasks of `home`, an interrupt_executor.
  constexpr semaphore(size_t permits, executor& home) noexcept
      : deferred_work(&semaphore::release_deferred, &home), permits_(permits) {}
  semaphore(const semaphore&) = delete;
  semaphore& operator=(const semaphore&) = delete;

  // co_await s.acquire(): a permit, once one is free and every earlier waiter has one.
  awaiter acquire() noexcept;
  bool try_acquire() noexcept {
    require_home("ERROR(freeco): semaphore or mutex used from an interrupt handler or away from its home level: "
                 "acquire in the tasks of its home level (semaphore s(n, executor), mutex m(executor))");
    if (permits_ == 0 || !waiters_.empty()) return false;
    --permits_;
    return true;
  }
  // Gives the permit to the first waiter, or keeps it. Any context: away from the home level,
  // when the home level's executor next runs.
  void release() noexcept {
    if (at_home()) return release_here();
    cpu::atomic_update(released_elsewhere_, [](uint32_t n) { return n + 1; });
    request();
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
  void release_here() noexcept {
    if (detail::waiter* next = waiters_.pop_front()) {
      next->granted = true;
      detail::wake(*next->node);
    } else {
      ++permits_;
    }
  }
  static void release_deferred(void* self) noexcept {
    auto& s = *static_cast<semaphore*>(static_cast<deferred_work*>(static_cast<callback_node*>(self)));
    s.begin();
    for (uint32_t n = cpu::atomic_update(s.released_elsewhere_, [](uint32_t) { return 0u; }); n > 0; --n) s.release_here();
  }

  size_t permits_;
  volatile uint32_t released_elsewhere_ = 0;  // releases from other levels not yet handed over
  detail::waiter_list waiters_;
};

inline semaphore::awaiter semaphore::acquire() noexcept { return awaiter(*this); }

}  // namespace freeco
