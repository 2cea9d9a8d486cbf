// Read-modify-write of one word that interrupt handlers may race with, on Cortex-M4 (ARMv7E-M).
// LDREX/STREX: an exception between the two clears the local monitor, so the STREX fails and
// the update is retried with the new value. Interrupts are never masked. One core, so no DMB:
// the "memory" clobbers keep the compiler from moving accesses across the update.
#pragma once

#include <stdint.h>

namespace freeco::cpu {

// Replaces `word` by f(old) as one step no interrupt can split; returns old. f may run more
// than once (after a retry), so it must only compute: no store either, since a store between
// LDREX and STREX may clear the monitor and fail every retry (tests/tools/window_check.py
// --kind exclusive checks every update in the runtime's firmware). T is a word: uint32_t, or uintptr_t
// for a pointer (a different type with GCC: unsigned int, where uint32_t is unsigned long).
template <class T, class F>
[[gnu::always_inline]] inline T atomic_update(volatile T& word, F f) {
  static_assert(sizeof(T) == 4, "BUG(freeco): LDREX/STREX update one word");
  T old;
  uint32_t failed;
  do {
    asm volatile("ldrex %0, %1" : "=r"(old) : "Q"(word) : "memory");
    asm volatile("strex %0, %2, %1" : "=&r"(failed), "=Q"(word) : "r"(f(old)) : "memory");
  } while (failed != 0);
  return old;
}

// Pushes the node at address `node` onto a stack whose top is the word `top`, `link` being the
// node's own link word: the link takes the top seen, then the top becomes the node if it is
// still that one (else a handler pushed or popped in between: again). The link is written
// before the exclusive step, not inside it: no store may sit between LDREX and STREX.
template <class Link>
inline void atomic_push(volatile uintptr_t& top, uintptr_t node, Link& link) {
  for (;;) {
    const uintptr_t seen = top;
    link = reinterpret_cast<Link>(seen);
    if (atomic_update(top, [seen, node](uintptr_t now) { return now == seen ? node : now; }) == seen) return;
  }
}

}  // namespace freeco::cpu
