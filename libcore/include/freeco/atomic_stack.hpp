// A LIFO stack of intrusive nodes (each with a `Node* next`), held as one word: the top node's
// address, 0 when empty. Every level pushes and pops with an atomic step (cpu::atomic_update
// and cpu::atomic_push: masked on the Cortex-M0, LDREX/STREX on the M4), so interrupt handlers
// and the tasks of every executor level may share one. One core: a step that an exception
// splits is retried (or cannot be split, masked), so the ABA problem of a lock-free pop cannot
// arise.
#pragma once

#include <stdint.h>

#include <freeco/target/cpu_atomic.hpp>

namespace freeco::detail {

template <class Node>
[[gnu::always_inline]] inline void atomic_push(volatile uintptr_t& top, Node& node) noexcept {
  cpu::atomic_push(top, reinterpret_cast<uintptr_t>(&node), node.next);
}

// Takes the top node, or nullptr. Its link is read inside the step (a load only).
template <class Node>
Node* atomic_pop(volatile uintptr_t& top) noexcept {
  return reinterpret_cast<Node*>(cpu::atomic_update(
      top, [](uintptr_t t) { return t != 0 ? reinterpret_cast<uintptr_t>(reinterpret_cast<Node*>(t)->next) : t; }));
}

}  // namespace freeco::detail
