// freeco::mutex: mutual exclusion between tasks, handed over in FIFO order, among the tasks
// of its home level: thread mode (the default) or the interrupt_executor given to the
// constructor (freeco/semaphore.hpp: its permit).
//
//     constinit freeco::mutex bus;
//     freeco::task<> transfer() {
//       auto lock = co_await bus.lock();   // unlocks when `lock` goes out of scope
//       ...
//     }
//
// unlock() with tasks waiting gives the mutex straight to the first of them (it stays
// locked), so a task that unlocks and locks again cannot overtake them. A waiting task that is
// destroyed unlinks itself; one destroyed after it was given the mutex, before it ran, passes
// the mutex on.
#pragma once

#include <coroutine>
#include <freeco/panic.hpp>
#include <freeco/semaphore.hpp>
#include <utility>

namespace freeco {

class mutex;

// Owns a locked mutex; unlocks it when destroyed. Move-only.
class [[nodiscard]] mutex_lock {
 public:
  mutex_lock(mutex_lock&& other) noexcept : mutex_(std::exchange(other.mutex_, nullptr)) {}
  mutex_lock& operator=(mutex_lock&&) = delete;
  ~mutex_lock();
  void unlock() noexcept;

 private:
  friend class mutex;
  explicit mutex_lock(mutex& m) noexcept : mutex_(&m) {}
  mutex* mutex_;
};

// A semaphore of one permit, whose waiting and hand-over it is, and a guard.
class mutex {
  class awaiter;

 public:
  constexpr mutex() noexcept = default;
  // Locked by the tasks of `home`, an interrupt_executor.
  constexpr explicit mutex(executor& home) noexcept : permit_(1, home) {}
  mutex(const mutex&) = delete;
  mutex& operator=(const mutex&) = delete;

  // co_await m.lock(): a mutex_lock once the mutex is this task's.
  awaiter lock() noexcept;
  bool try_lock() noexcept { return permit_.try_acquire(); }
  // For a mutex locked by try_lock (mutex_lock calls it for co_await lock()).
  void unlock() noexcept {
    if (!locked()) panic("ERROR(freeco): unlock of a mutex that is not locked");
    permit_.release();
  }
  bool locked() const noexcept { return permit_.available() == 0; }
  bool has_waiters() const noexcept { return permit_.has_waiters(); }

 private:
  class [[nodiscard]] awaiter {
   public:
    explicit awaiter(mutex& m) noexcept : mutex_(m), permit_(m.permit_) {}
    bool await_ready() noexcept { return permit_.await_ready(); }
    template <detail::freeco_promise P>
    void await_suspend(std::coroutine_handle<P> me) noexcept {
      permit_.await_suspend(me);
    }
    mutex_lock await_resume() noexcept {
      permit_.await_resume();  // the mutex_lock owns it now
      return mutex_lock(mutex_);
    }

   private:
    mutex& mutex_;
    semaphore::awaiter permit_;  // cancelled after the hand-over, it passes the mutex on
  };

  semaphore permit_{1};
};

inline mutex::awaiter mutex::lock() noexcept { return awaiter(*this); }
inline mutex_lock::~mutex_lock() { unlock(); }
inline void mutex_lock::unlock() noexcept {
  if (mutex_ != nullptr) std::exchange(mutex_, nullptr)->unlock();
}

}  // namespace freeco
