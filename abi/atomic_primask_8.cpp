// The atomics library for 8 bytes, on both CPUs (atomic_primask.hpp says why and how): neither
// ARMv6-M nor ARMv7-M has 8-byte exclusives, so the compilers call these for std::atomic of
// 8 bytes (int64_t, uint64_t) on the Cortex-M4 too.
#include "atomic_primask.hpp"

namespace freeco::abi::atomic {

FREECO_ATOMIC_SIZE(8, unsigned long long)

// Every size works in interrupt handlers and never waits, which is what lock-free promises;
// the compilers call this for the sizes that are not inline (hence not "always").
FREECO_LIBCALL(bool, is_lock_free, "__atomic_is_lock_free", (size_t size, const volatile void* p),
               const auto address = reinterpret_cast<uintptr_t>(p);
               return (size == 1 || size == 2 || size == 4 || size == 8) && (address & (size - 1)) == 0;)

}  // namespace freeco::abi::atomic
