#include <freeco/executor.hpp>
#include <freeco/panic.hpp>

#include "cpu_atomic.hpp"

namespace freeco {

namespace {

// Sleeps until an interrupt unless a handler has already queued a wake. The check and the WFI
// run with interrupts masked: a handler that would fire between them stays pending instead,
// a pending interrupt ends WFI even while masked, and it runs at the unmask. So a wake can
// never land after the check and before the sleep, where it would be lost.
[[gnu::always_inline]] inline void sleep_unless_woken(volatile uint32_t& wakes) {
  asm volatile("cpsid i" ::: "memory");
  if (wakes == 0) asm volatile("wfi" ::: "memory");
  asm volatile("cpsie i" ::: "memory");
}

}  // namespace

void executor::loop(bool forever) noexcept {
  core_context& core = this_core();
  executor* const outer = core.executor;
  core.executor = this;
  for (;;) {
    if (interrupt_wakes_ != 0) take_interrupt_wakes();
    detail::task_node* node = ready_.pop();
    if (node == nullptr) {
      if (!forever && live_ == 0) break;
      sleep_unless_woken(interrupt_wakes_);
      continue;
    }
    // Every resume returns here: an awaited task that starts and a task that finishes put
    // who goes on next at the front of ready_, so a chain of co_awaits that complete at once
    // never deepens the stack.
    core.current = node;
    detail::handle_of(*node).resume();
  }
  core.current = nullptr;
  core.executor = outer;
}

void executor::take_interrupt_wakes() noexcept {
  const uint32_t newest = cpu::atomic_update(interrupt_wakes_, [](uint32_t) { return 0u; });
  ready_.push_newest_first(reinterpret_cast<detail::task_node*>(newest));
}

void executor::wake_from_interrupt(detail::task_node& node) noexcept {
  cpu::atomic_update(interrupt_wakes_, [&node](uint32_t newest) {
    node.next = reinterpret_cast<detail::task_node*>(newest);
    return reinterpret_cast<uint32_t>(&node);
  });
}

namespace detail {

void finish_spawned(task_node& root) noexcept {
  --this_core().executor->live_;
  handle_of(root).destroy();  // frees the frame; the executor never touches it again
}

void await_empty_task() noexcept {
  panic("ERROR(freeco): co_await on an empty task: its coroutine found no free frame slot. "
        "Check `if (!t)` before awaiting, and frames.stats() for the class that is full");
}

}  // namespace detail

}  // namespace freeco
