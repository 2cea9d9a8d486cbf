// The atomics library for 1, 2 and 4 bytes, on the Cortex-M0 only (atomic_primask.hpp says
// why and how): ARMv7-M compiles those sizes inline, with LDREX/STREX.
#include "atomic_primask.hpp"

namespace freeco::abi::atomic {

FREECO_ATOMIC_SIZE(1, unsigned char)
FREECO_ATOMIC_SIZE(2, unsigned short)
FREECO_ATOMIC_SIZE(4, unsigned int)

}  // namespace freeco::abi::atomic
