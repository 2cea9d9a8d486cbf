// The atomics library functions (__atomic_*_N, __sync_*_N) on PRIMASK critical sections, for
// the sizes a CPU has no instructions for: 1, 2 and 4 bytes on the Cortex-M0, which has no
// exclusive loads and stores (atomic_primask.cpp), and 8 bytes on both, since ARMv7-M has no
// LDREXD either (atomic_primask_8.cpp). Each function is at most one masked window of a few instructions
// (cortex-m/cpu_masked.hpp: atomic_update, atomic_compare_and_swap, atomic_read), so the calls
// are safe in interrupt handlers and nest; loads and stores of up to a word need none.
//
// What the compilers call (measured on libcore's <atomic> and the builtins, -O0 to -O2):
//   __atomic_{load,store,exchange,compare_exchange}_N, __atomic_fetch_{add,sub,and,or,xor}_N
//     for std::atomic of N = 1, 2, 4, 8 bytes on the M0 (GCC inlines the loads and stores of 1
//     to 4 bytes), of N = 8 on the M4; __atomic_fetch_nand_N for the builtin;
//     __atomic_is_lock_free for is_lock_free().
//   __sync_fetch_and_OP_N, __sync_OP_and_fetch_N, __sync_{val,bool}_compare_and_swap_N,
//     __sync_lock_test_and_set_N for the __sync_* builtins (GCC, clang 14, which also calls
//     them for __atomic_test_and_set; clang 19 calls the __atomic_* ones instead). Fences,
//     __sync_synchronize and __sync_lock_release are inline on all three.
// Not here: the size-generic __atomic_load/store/exchange/compare_exchange, called for a
// std::atomic<T> of another size: the masked copy would not have a bounded length, so such a
// T fails to link.
//
// The memory order arguments are ignored: one core that runs its memory accesses in order,
// without caches, and the call and the window's "memory" clobbers keep the compiler's order,
// so no DMB is needed (Arm AN321). A compare-exchange never fails spuriously. On the M4 the
// 8-byte functions never touch the exclusive monitor, so they mix with the inline LDREX/STREX
// of smaller atomics.
//
// Each function is in its own section (-ffunction-sections), so a firmware links only those it
// calls. They are defined under C++ names with the library names as assembler labels: clang
// rejects definitions of __atomic_is_lock_free and the __sync_* under their own names, which
// it reserves for its builtins.
#pragma once

#include <stddef.h>
#include <stdint.h>

#include <freeco/target/cpu_masked.hpp>

namespace freeco::abi::atomic {

// A single aligned load or store of up to a word is atomic on its own; two are not.
template <class T>
[[gnu::always_inline]] inline T load(const volatile void* p) {
  const volatile T& object = *static_cast<const volatile T*>(p);
  if constexpr (sizeof(T) <= sizeof(uint32_t)) {
    return object;
  } else {
    return cpu::masked::atomic_read(object);
  }
}

template <class T, class F>
[[gnu::always_inline]] inline T update(volatile void* p, F f) {
  return cpu::masked::atomic_update(*static_cast<volatile T*>(p), f);
}

template <class T>
[[gnu::always_inline]] inline T exchange(volatile void* p, T value) {
  return update<T>(p, [value](T) { return value; });
}

template <class T>
[[gnu::always_inline]] inline void store(volatile void* p, T value) {
  if constexpr (sizeof(T) <= sizeof(uint32_t)) {
    *static_cast<volatile T*>(p) = value;
  } else {
    exchange(p, value);
  }
}

template <class T>
[[gnu::always_inline]] inline T compare_and_swap(volatile void* p, T expected, T desired) {
  return cpu::masked::atomic_compare_and_swap(*static_cast<volatile T*>(p), expected, desired);
}

template <class T>
[[gnu::always_inline]] inline bool compare_exchange(volatile void* p, void* expected, T desired) {
  T& wanted = *static_cast<T*>(expected);
  const T want = wanted;
  const T old = compare_and_swap(p, want, desired);
  if (old == want) return true;
  wanted = old;
  return false;
}

struct add {
  template <class T>
  static T apply(T a, T b) { return static_cast<T>(a + b); }
};
struct sub {
  template <class T>
  static T apply(T a, T b) { return static_cast<T>(a - b); }
};
struct and_ {
  template <class T>
  static T apply(T a, T b) { return static_cast<T>(a & b); }
};
struct or_ {
  template <class T>
  static T apply(T a, T b) { return static_cast<T>(a | b); }
};
struct xor_ {
  template <class T>
  static T apply(T a, T b) { return static_cast<T>(a ^ b); }
};
struct nand {
  template <class T>
  static T apply(T a, T b) { return static_cast<T>(~(a & b)); }
};

template <class Op, class T>
[[gnu::always_inline]] inline T fetch_op(volatile void* p, T operand) {
  return update<T>(p, [operand](T old) { return Op::apply(old, operand); });
}
// The new value leaves the window as computed there: computing it again after the window
// would keep the operand live through it (GCC, 8 bytes: 18 instructions instead of 12).
template <class Op, class T>
[[gnu::always_inline]] inline T op_fetch(volatile void* p, T operand) {
  T result;
  update<T>(p, [operand, &result](T old) { return result = Op::apply(old, operand); });
  return result;
}

}  // namespace freeco::abi::atomic

// `name` under the assembler name `symbol`.
#define FREECO_LIBCALL(result, name, symbol, parameters, ...) \
  result name parameters asm(symbol);                         \
  result name parameters { __VA_ARGS__ }

// The operation `op` (a struct above) on N-byte objects of type T.
#define FREECO_ATOMIC_OP(N, T, op, OP)                                                                  \
  FREECO_LIBCALL(T, fetch_##op##N, "__atomic_fetch_" #OP "_" #N, (volatile void* p, T operand, int),     \
                 return fetch_op<op>(p, operand);)                                                       \
  FREECO_LIBCALL(T, sync_fetch_and_##op##N, "__sync_fetch_and_" #OP "_" #N, (volatile void* p, T operand), \
                 return fetch_op<op>(p, operand);)                                                       \
  FREECO_LIBCALL(T, sync_##op##_and_fetch##N, "__sync_" #OP "_and_fetch_" #N, (volatile void* p, T operand), \
                 return op_fetch<op>(p, operand);)

// Every function for N-byte objects, with GCC's types for them (unsigned, N bytes).
#define FREECO_ATOMIC_SIZE(N, T)                                                                           \
  FREECO_LIBCALL(T, load##N, "__atomic_load_" #N, (const volatile void* p, int), return load<T>(p);)       \
  FREECO_LIBCALL(void, store##N, "__atomic_store_" #N, (volatile void* p, T value, int), store(p, value);)   \
  FREECO_LIBCALL(T, exchange##N, "__atomic_exchange_" #N, (volatile void* p, T value, int),                \
                 return exchange(p, value);)                                                               \
  FREECO_LIBCALL(bool, compare_exchange##N, "__atomic_compare_exchange_" #N,                               \
                 (volatile void* p, void* expected, T desired, bool, int, int),                            \
                 return compare_exchange<T>(p, expected, desired);)                                        \
  FREECO_LIBCALL(T, sync_lock_test_and_set##N, "__sync_lock_test_and_set_" #N, (volatile void* p, T value), \
                 return exchange(p, value);)                                                               \
  FREECO_LIBCALL(T, sync_val_compare_and_swap##N, "__sync_val_compare_and_swap_" #N,                       \
                 (volatile void* p, T expected, T desired), return compare_and_swap(p, expected, desired);) \
  FREECO_LIBCALL(bool, sync_bool_compare_and_swap##N, "__sync_bool_compare_and_swap_" #N,                  \
                 (volatile void* p, T expected, T desired),                                                \
                 return compare_and_swap(p, expected, desired) == expected;)                               \
  FREECO_ATOMIC_OP(N, T, add, add)                                                                         \
  FREECO_ATOMIC_OP(N, T, sub, sub)                                                                         \
  FREECO_ATOMIC_OP(N, T, and_, and)                                                                        \
  FREECO_ATOMIC_OP(N, T, or_, or)                                                                          \
  FREECO_ATOMIC_OP(N, T, xor_, xor)                                                                        \
  FREECO_ATOMIC_OP(N, T, nand, nand)
