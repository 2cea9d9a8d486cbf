#include <freeco/atomic_stack.hpp>
#include <freeco/executor.hpp>
#include <freeco/panic.hpp>

#include <freeco/target/cpu_atomic.hpp>
#include <freeco/target/cpu_mode.hpp>
#include <freeco/target/nvic.hpp>

namespace freeco {

// Nesting: a task of an outer executor may call run(). The core's record names the innermost
// executor (interrupt handlers queue deferred work there, so that it runs now) and its task;
// both are put back on return. An interrupt_executor that preempts the loop puts back what it
// changes, so thread_executor stays this one meanwhile. Tasks are always woken on their own executor
// (detail::wake), so an outer task never runs, finishes or is counted here.
void executor::loop(bool forever) noexcept {
  core_context& core = this_core();
  executor* const outer = core.executor;
  detail::task_node* const outer_task = core.current;
  core.executor = this;
  core.thread_executor = this;
  for (;;) {
    if (interrupt_wakes_ != 0) take_interrupt_wakes();
    if (ready_.empty()) {
      if (!forever && live_tasks() == 0) break;
      detail::before_sleep();
      cpu::sleep_unless_woken(interrupt_wakes_);
      continue;
    }
    run_ready(core);
  }
  core.executor = outer;
  core.thread_executor = outer;
  // What handlers queued here until now (deferred work: no task of ours is left) runs before
  // returning, not never: from here on they queue on `outer`. A handler that read
  // core.executor before the store above has finished before this line runs.
  if (interrupt_wakes_ != 0) take_interrupt_wakes();
  while (!ready_.empty()) run_ready(core);
  core.current = outer_task;
}

// Moves what handlers woke onto the run queue, in the order they woke it.
void executor::take_interrupt_wakes() noexcept {
  const uintptr_t newest = cpu::atomic_update(interrupt_wakes_, [](uintptr_t) { return uintptr_t(0); });
  ready_.push_newest_first(reinterpret_cast<detail::task_node*>(newest));
}

// Any context: a push onto the wake stack, then the executor's line pended.
void executor::wake_from_interrupt(detail::task_node& node) noexcept {
  detail::atomic_push(interrupt_wakes_, node);
  notify();
}

void executor::pend_line() const noexcept { nvic::pend(level_ - 16); }

// From another level (main counts as thread mode): the count first, so that the executor never
// sees its last task finish and this one not yet counted.
void executor::spawn_from_elsewhere(detail::task_node& node) noexcept {
  cpu::atomic_update(spawned_elsewhere_, [](uint32_t n) { return n + 1; });
  wake_from_interrupt(node);
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

// The interrupt wake stack is walked from the top read once, as unqueue() walks it: a handler
// that pushes meanwhile pushes above it, and a node it pushes was not queued when this looked.
bool executor::queued(const detail::task_node& node) const noexcept {
  if (ready_.contains(node)) return true;
  for (auto* n = reinterpret_cast<const detail::task_node*>(interrupt_wakes_); n != nullptr; n = n->next)
    if (n == &node) return true;
  return false;
}

namespace detail {

// Replaced by the clock's (time.cpp), when a firmware uses time.
[[gnu::weak]] void before_sleep() noexcept {}

void unqueue(task_node& node) noexcept {
  if (node.owner != nullptr) node.owner->unqueue(node);
}

void hand_off(task_node& next) noexcept { next.owner->ready_.push_front(next); }

void finish_spawned(task_node& root) noexcept {
  --root.owner->live_;
  handle_of(root).destroy();  // frees the frame; the executor never touches it again
}

void await_empty_task(const void* where) noexcept {
  panic("ERROR(freeco): co_await on an empty task: its coroutine found no free frame slot. "
        "Check `if (!t)` before awaiting, and frames.stats() for the class that is full",
        where);
}

}  // namespace detail

}  // namespace freeco
