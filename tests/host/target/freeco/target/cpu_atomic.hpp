// The host tests' cpu_atomic.hpp: the interface of targets/cortex-m0/cpu_atomic.hpp as plain
// code. The host tests run on one thread, and their "interrupt handlers" are calls the test
// makes between (never inside) the runtime's steps, so a plain read-modify-write is one step.
#pragma once

#include <stdint.h>

namespace freeco::cpu {

template <class T, class F>
inline T atomic_update(volatile T& object, F f) {
  T old = object;
  object = f(old);
  return old;
}

template <class T>
inline T atomic_compare_and_swap(volatile T& object, T expected, T desired) {
  const T old = object;
  if (old == expected) object = desired;
  return old;
}

template <class Link>
inline void atomic_push(volatile uintptr_t& top, uintptr_t node, Link& link) {
  link = reinterpret_cast<Link>(top);
  top = node;
}

template <class T>
inline T atomic_read(const volatile T& object) {
  return object;
}

}  // namespace freeco::cpu
