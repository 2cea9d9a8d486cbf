#include <freeco/executor.hpp>
#include <freeco/panic.hpp>

#include <freeco/target/cpu_atomic.hpp>
#include <freeco/target/cpu_mode.hpp>

namespace freeco {

void executor::loop(bool forever) noexcept {
  core_context& core = this_core();
  executor* const outer = core.executor;
  core.executor = this;
  for (;;) {
    if (interrupt_wakes_ != 0) take_interrupt_wakes();
    detail::task_node* node = ready_.pop();
    if (node == nullptr) {
      if (!forever && live_ == 0) break;
      cpu::sleep_unless_woken(interrupt_wakes_);
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
  const uintptr_t newest = cpu::atomic_update(interrupt_wakes_, [](uintptr_t) { return uintptr_t(0); });
  ready_.push_newest_first(reinterpret_cast<detail::task_node*>(newest));
}

void executor::wake_from_interrupt(detail::task_node& node) noexcept {
  cpu::atomic_update(interrupt_wakes_, [&node](uintptr_t newest) {
    node.next = reinterpret_cast<detail::task_node*>(newest);
    return reinterpret_cast<uintptr_t>(&node);
  });
}

// Only handlers push, and only at the top, so below the top the stack's links change only
// here, in thread mode: after one atomic step that takes `node` if it is the top, the rest of
// the walk needs no masking.
void executor::unqueue(detail::task_node& node) noexcept {
  if (ready_.remove(node)) return;
  const uintptr_t self = reinterpret_cast<uintptr_t>(&node);
  const uintptr_t top = cpu::atomic_update(interrupt_wakes_, [&node, self](uintptr_t newest) {
    return newest == self ? reinterpret_cast<uintptr_t>(node.next) : newest;
  });
  if (top == self) return;
  for (auto* n = reinterpret_cast<detail::task_node*>(top); n != nullptr; n = n->next)
    if (n->next == &node) {
      n->next = node.next;
      return;
    }
}

namespace detail {

void unqueue(task_node& node) noexcept {
  if (executor* running = this_core().executor) running->unqueue(node);
}

void hand_off(task_node& next) noexcept { this_core().executor->ready_.push_front(next); }

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
