// freeco's atomics library functions (abi/atomic_primask*.cpp) under C++ names, with the
// signatures GCC gives them: the tests call them directly, whichever calls a compiler emits
// itself. Assembler labels, since clang reserves some of these names for its builtins.
#pragma once

#include <stddef.h>
#include <stdint.h>

template <class T>
struct libcalls;

#define LIBCALL_OP(N, T, OP)                                                                 \
  T atomic_fetch_##OP##_##N(volatile void*, T, int) asm("__atomic_fetch_" #OP "_" #N);     \
  T sync_fetch_and_##OP##_##N(volatile void*, T) asm("__sync_fetch_and_" #OP "_" #N);     \
  T sync_##OP##_and_fetch_##N(volatile void*, T) asm("__sync_" #OP "_and_fetch_" #N);

#define LIBCALLS(N, T)                                                                                    \
  T atomic_load_##N(const volatile void*, int) asm("__atomic_load_" #N);                                \
  void atomic_store_##N(volatile void*, T, int) asm("__atomic_store_" #N);                              \
  T atomic_exchange_##N(volatile void*, T, int) asm("__atomic_exchange_" #N);                           \
  bool atomic_compare_exchange_##N(volatile void*, void*, T, bool, int, int) asm("__atomic_compare_exchange_" #N); \
  T sync_lock_test_and_set_##N(volatile void*, T) asm("__sync_lock_test_and_set_" #N);                  \
  T sync_val_compare_and_swap_##N(volatile void*, T, T) asm("__sync_val_compare_and_swap_" #N);         \
  bool sync_bool_compare_and_swap_##N(volatile void*, T, T) asm("__sync_bool_compare_and_swap_" #N);    \
  LIBCALL_OP(N, T, add)                                                                                 \
  LIBCALL_OP(N, T, sub)                                                                                 \
  LIBCALL_OP(N, T, and)                                                                                 \
  LIBCALL_OP(N, T, or)                                                                                  \
  LIBCALL_OP(N, T, xor)                                                                                 \
  LIBCALL_OP(N, T, nand)                                                                                \
  template <>                                                                                           \
  struct libcalls<T> {                                                                                  \
    static constexpr auto load = atomic_load_##N;                                                      \
    static constexpr auto store = atomic_store_##N;                                                    \
    static constexpr auto exchange = atomic_exchange_##N;                                              \
    static constexpr auto compare_exchange = atomic_compare_exchange_##N;                              \
    static constexpr auto lock_test_and_set = sync_lock_test_and_set_##N;                              \
    static constexpr auto val_compare_and_swap = sync_val_compare_and_swap_##N;                        \
    static constexpr auto bool_compare_and_swap = sync_bool_compare_and_swap_##N;                      \
    /* fetch_op, sync_fetch_and_op, sync_op_and_fetch for add, sub, and, or, xor, nand */               \
    static constexpr T (*fetch_op[])(volatile void*, T, int) = {                                       \
        atomic_fetch_add_##N, atomic_fetch_sub_##N, atomic_fetch_and_##N,                              \
        atomic_fetch_or_##N,  atomic_fetch_xor_##N, atomic_fetch_nand_##N};                            \
    static constexpr T (*sync_fetch_and_op[])(volatile void*, T) = {                                   \
        sync_fetch_and_add_##N, sync_fetch_and_sub_##N, sync_fetch_and_and_##N,                        \
        sync_fetch_and_or_##N,  sync_fetch_and_xor_##N, sync_fetch_and_nand_##N};                      \
    static constexpr T (*sync_op_and_fetch[])(volatile void*, T) = {                                   \
        sync_add_and_fetch_##N, sync_sub_and_fetch_##N, sync_and_and_fetch_##N,                        \
        sync_or_and_fetch_##N,  sync_xor_and_fetch_##N, sync_nand_and_fetch_##N};                      \
  };

LIBCALLS(1, unsigned char)
LIBCALLS(2, unsigned short)
LIBCALLS(4, unsigned int)
LIBCALLS(8, unsigned long long)

bool atomic_is_lock_free(size_t, const volatile void*) asm("__atomic_is_lock_free");

// The operations in the order of the tables above, computed without atomics.
template <class T>
T apply(int op, T a, T b) {
  switch (op) {
    case 0: return static_cast<T>(a + b);
    case 1: return static_cast<T>(a - b);
    case 2: return static_cast<T>(a & b);
    case 3: return static_cast<T>(a | b);
    case 4: return static_cast<T>(a ^ b);
    default: return static_cast<T>(~(a & b));
  }
}
inline constexpr int operations = 6;

// Takes the address of every function for T, so that a firmware links them all.
template <class T>
uintptr_t libcall_addresses() {
  using call = libcalls<T>;
  uintptr_t sum = reinterpret_cast<uintptr_t>(call::load) + reinterpret_cast<uintptr_t>(call::store) +
                  reinterpret_cast<uintptr_t>(call::exchange) + reinterpret_cast<uintptr_t>(call::compare_exchange) +
                  reinterpret_cast<uintptr_t>(call::lock_test_and_set) +
                  reinterpret_cast<uintptr_t>(call::val_compare_and_swap) +
                  reinterpret_cast<uintptr_t>(call::bool_compare_and_swap);
  for (int op = 0; op < operations; ++op) {
    sum += reinterpret_cast<uintptr_t>(call::fetch_op[op]) + reinterpret_cast<uintptr_t>(call::sync_fetch_and_op[op]) +
           reinterpret_cast<uintptr_t>(call::sync_op_and_fetch[op]);
  }
  return sum;
}
