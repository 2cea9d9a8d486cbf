// Run-queue entries that are not tasks, and work that interrupt handlers hand to thread mode.
//
// callback_node: the executor resumes whatever its queues hold through
// coroutine_handle::resume(), which calls the function pointer at the start of the frame with
// the frame's address. GCC and clang lay every coroutine frame out alike: resume function,
// destroy function, then the promise, here a task_node (the layout that lets code from both
// compilers resume each other's coroutines). A callback_node is that header with no coroutine
// behind it, so timers and combinators get queued and run like tasks without a frame of their
// own. tests/runtime/layout/callback-node-and-promise-offsets pins the layout on every
// compiler.
//
// deferred_work: the base of the objects that tasks wait on in lists (event, channel,
// semaphore). Such an object has a home level: thread mode (the default), or the
// interrupt_executor given to its constructor. Its waiters are tasks of that level, and its
// lists change only there, without masking. A caller at any other level (an interrupt handler,
// a task of another executor level) must not touch them, so it calls request(), which queues
// the object's callback on the home level's executor (the innermost thread-mode one, or the
// interrupt_executor, whose line it pends) at most once until it runs; the callback then does
// the list work at home.
//
//     requested_:  0 --request() (any context): wakes the node--> 1 --callback starts--> 0
//
// A request while the callback runs queues it again (it is in no queue while it runs). An
// object with deferred work must outlive the interrupt handlers that use it (make it static):
// a request queues its node on the executor.
#pragma once

#include <freeco/core.hpp>
#include <freeco/executor.hpp>
#include <freeco/run_queue.hpp>
#include <stddef.h>
#include <stdint.h>

#include <freeco/target/cpu_atomic.hpp>
#include <freeco/target/cpu_mode.hpp>

namespace freeco::detail {

struct callback_node {
  using function = void (*)(void* self);
  constexpr explicit callback_node(function run) noexcept : resume_(run) {}
  callback_node(const callback_node&) = delete;
  callback_node& operator=(const callback_node&) = delete;

  function resume_;             // called with this object's address
  function destroy_ = nullptr;  // never called: nothing owns a callback_node as a coroutine
  task_node node;
};

class deferred_work : public callback_node {
 public:
  // `home`: the interrupt_executor whose tasks wait on the object; nullptr for thread mode.
  constexpr explicit deferred_work(function run, executor* home = nullptr) noexcept : callback_node(run), home_(home) {}

  // Any context. Without a thread-mode executor running no thread-mode task can be waiting,
  // so there is nothing to do.
  void request() noexcept {
    executor* const target = home_ != nullptr ? home_ : this_core().thread_executor;
    if (target == nullptr) return;
    if (cpu::atomic_update(requested_, [](uint32_t) { return 1u; }) == 0) target->wake_from_interrupt(node);
  }

  // The exception number of the home level, and whether the caller runs there.
  uint32_t home_level() const noexcept { return home_ != nullptr ? home_->level() : 0; }
  bool at_home() const noexcept { return cpu::exception_number() == home_level(); }

 protected:
  // The callback calls this first: a request from here on queues it again.
  void begin() noexcept { requested_ = 0; }
  // What only the home level may do (wait, take): checked in debug builds.
  void require_home(const char* what) const noexcept { require_level(home_level(), what); }

 private:
  executor* const home_;
  volatile uint32_t requested_ = 0;
};

}  // namespace freeco::detail
