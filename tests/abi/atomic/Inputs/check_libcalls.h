// Checks of the atomics library functions called directly (Inputs/libcalls.h), shared by the
// tests of the Cortex-M0 (every size) and of the Cortex-M4 (8 bytes): each returns what its
// callers expect, stores the right value and touches no neighbouring byte. The values have the
// top bit set and carry across the words of 8-byte values, so that a wrong extension or a lost
// carry shows.
#pragma once

#include <runtime_test.h>

#include "libcalls.h"

namespace check {

template <class T>
constexpr T pattern(unsigned byte) {
  T value = 0;
  for (size_t i = 0; i < sizeof(T); ++i) value = static_cast<T>(value << 8 | byte);
  return value;
}

template <class T>
struct slot {
  T before, value, after;
};
template <class T>
slot<T> s;

template <class T>
void reset(T value) {
  s<T> = {pattern<T>(0x11), value, pattern<T>(0x22)};
}
template <class T>
bool holds(T value) {
  return s<T>.value == value && s<T>.before == pattern<T>(0x11) && s<T>.after == pattern<T>(0x22);
}

template <class T>
int check_size() {
  using call = libcalls<T>;
  constexpr int order = __ATOMIC_SEQ_CST;
  const T a = pattern<T>(0xc3), b = pattern<T>(0x96);
  volatile T* const p = &s<T>.value;

  reset(a);
  RUNTIME_CHECK(call::load(p, order) == a && holds(a));
  call::store(p, b, order);
  RUNTIME_CHECK(holds(b));
  reset(a);
  RUNTIME_CHECK(call::exchange(p, b, order) == a && holds(b));
  reset(a);
  RUNTIME_CHECK(call::lock_test_and_set(p, b) == a && holds(b));

  T expected = a;
  reset(a);
  RUNTIME_CHECK(call::compare_exchange(p, &expected, b, false, order, order) && expected == a && holds(b));
  expected = b;
  reset(a);
  RUNTIME_CHECK(!call::compare_exchange(p, &expected, b, true, order, order) && expected == a && holds(a));
  reset(a);
  RUNTIME_CHECK(call::val_compare_and_swap(p, a, b) == a && holds(b));
  reset(a);
  RUNTIME_CHECK(call::val_compare_and_swap(p, b, b) == a && holds(a));
  reset(a);
  RUNTIME_CHECK(call::bool_compare_and_swap(p, a, b) && holds(b));
  reset(a);
  RUNTIME_CHECK(!call::bool_compare_and_swap(p, b, b) && holds(a));

  int checked = 10;
  for (int op = 0; op < operations; ++op) {
    const T result = apply(op, a, b);
    reset(a);
    RUNTIME_CHECK(call::fetch_op[op](p, b, order) == a && holds(result));
    reset(a);
    RUNTIME_CHECK(call::sync_fetch_and_op[op](p, b) == a && holds(result));
    reset(a);
    RUNTIME_CHECK(call::sync_op_and_fetch[op](p, b) == result && holds(result));
    checked += 3;
  }
  return checked;
}

// Lock-free (usable in interrupt handlers): every size when aligned, nothing else.
inline void lock_free() {
  alignas(8) static unsigned char bytes[16];
  for (size_t size = 1; size <= 8; size *= 2) {
    RUNTIME_CHECK(atomic_is_lock_free(size, bytes) && atomic_is_lock_free(size, nullptr));
    RUNTIME_CHECK(atomic_is_lock_free(size, bytes + size) && (size == 1 || !atomic_is_lock_free(size, bytes + 1)));
  }
  RUNTIME_CHECK(!atomic_is_lock_free(3, bytes) && !atomic_is_lock_free(16, bytes) && !atomic_is_lock_free(0, bytes));
  runtime_test::print("8 bytes at an odd address lock-free: ", atomic_is_lock_free(8, bytes + 1));
}

}  // namespace check
