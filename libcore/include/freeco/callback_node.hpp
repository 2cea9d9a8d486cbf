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
// deferred_work: an interrupt handler must not touch a waiter list (tasks change them in
// thread mode without masking), so it calls request(), which queues the owner's callback at
// most once until it runs; the callback then does the list work in thread mode.
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
  using callback_node::callback_node;

  // Any context. Without a running executor no task can be waiting, so there is nothing to do.
  void request() noexcept {
    executor* const running = this_core().executor;
    if (running == nullptr) return;
    if (cpu::atomic_update(requested_, [](uint32_t) { return 1u; }) == 0) running->wake_from_interrupt(node);
  }

 protected:
  // The callback calls this first: a request from here on queues it again.
  void begin() noexcept { requested_ = 0; }

 private:
  volatile uint32_t requested_ = 0;
};

}  // namespace freeco::detail
