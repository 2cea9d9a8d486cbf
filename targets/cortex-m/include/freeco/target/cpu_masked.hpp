// Atomic steps as PRIMASK critical sections, which every Cortex-M has: all atomics on the
// Cortex-M0 (ARMv6-M has no exclusive loads and stores, cortex-m0/cpu_atomic.hpp), and 8-byte
// ones on the Cortex-M4 (ARMv7-M has no LDREXD; abi/atomic_primask_8.cpp).
// The window is PRIMASK saved and set, the load, f, the store, PRIMASK restored. Restoring
// (rather than clearing) lets it nest inside a handler or another masked section.
#pragma once

#include <stdint.h>

namespace freeco::cpu::masked {

// Replaces `object` by f(old) as one step no interrupt can split; returns old. f must be short
// and must not call out (it runs with interrupts masked).
template <class T, class F>
[[gnu::always_inline]] inline T atomic_update(volatile T& object, F f) {
  uint32_t mask;
  asm volatile("mrs %0, primask\n\tcpsid i" : "=r"(mask)::"memory");
  T old = object;
  object = f(old);
  // `old` passes through the unmask, so that the compiler cannot move the caller's work on it
  // into the masked window.
  asm volatile("msr primask, %1" : "+r"(old) : "r"(mask) : "memory");
  return old;
}

// Stores `desired` if `object` holds `expected`; returns the value it held. `desired` passes
// through the mask, so that the compiler cannot sink the caller's work on it into the window
// (where only the success path needs it). Unlike above, `old` does not pass through the unmask:
// for an 8-byte object that makes the compilers spill in the window (GCC: 18 instructions
// instead of 10), and the caller's test of `old` tends to be the window's own branch anyway.
template <class T>
[[gnu::always_inline]] inline T atomic_compare_and_swap(volatile T& object, T expected, T desired) {
  uint32_t mask;
  asm volatile("mrs %0, primask\n\tcpsid i" : "=r"(mask), "+r"(desired)::"memory");
  const T old = object;
  if (old == expected) object = desired;
  asm volatile("msr primask, %0" ::"r"(mask) : "memory");
  return old;
}

// Pushes the node at address `node` onto a stack whose top is the word `top`: its link (the
// word `link`, inside the node) takes the old top and `top` the node, in one masked step.
template <class Link>
[[gnu::always_inline]] inline void atomic_push(volatile uintptr_t& top, uintptr_t node, Link& link) {
  uint32_t mask;
  asm volatile("mrs %0, primask\n\tcpsid i" : "=r"(mask), "+r"(node)::"memory");
  link = reinterpret_cast<Link>(top);
  top = node;
  asm volatile("msr primask, %0" ::"r"(mask) : "memory");
}

// Reads an object wider than a word (two loads) as one step no interrupt can split.
template <class T>
[[gnu::always_inline]] inline T atomic_read(const volatile T& object) {
  uint32_t mask;
  asm volatile("mrs %0, primask\n\tcpsid i" : "=r"(mask)::"memory");
  T value = object;
  asm volatile("msr primask, %1" : "+r"(value) : "r"(mask) : "memory");
  return value;
}

}  // namespace freeco::cpu::masked
