// Read-modify-write of one word that interrupt handlers may race with, on Cortex-M0 (ARMv6-M).
// ARMv6-M has no exclusive loads and stores, so the update runs with interrupts masked: the
// window is PRIMASK saved and set, one load, f, one store, PRIMASK restored. Restoring
// (rather than clearing) lets it nest inside a handler or another masked section.
#pragma once

#include <stdint.h>

namespace freeco::cpu {

// Replaces `word` by f(old) as one step no interrupt can split; returns old. f must be short
// and must not call out (it runs with interrupts masked).
template <class F>
[[gnu::always_inline]] inline uint32_t atomic_update(volatile uint32_t& word, F f) {
  uint32_t mask;
  asm volatile("mrs %0, primask\n\tcpsid i" : "=r"(mask)::"memory");
  uint32_t old = word;
  word = f(old);
  // `old` passes through the unmask, so that the compiler cannot move the caller's work on it
  // into the masked window.
  asm volatile("msr primask, %1" : "+r"(old) : "r"(mask) : "memory");
  return old;
}

}  // namespace freeco::cpu
