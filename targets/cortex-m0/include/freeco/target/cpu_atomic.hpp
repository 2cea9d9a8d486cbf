// Read-modify-write of a word (or of a 1-, 2- or 8-byte object) that interrupt handlers may
// race with, on Cortex-M0 (ARMv6-M).
// ARMv6-M has no exclusive loads and stores, so every atomic step runs with interrupts masked:
// the PRIMASK critical sections of cortex-m/cpu_masked.hpp.
#pragma once

#include <freeco/target/cpu_masked.hpp>

namespace freeco::cpu {

using masked::atomic_compare_and_swap;
using masked::atomic_push;
using masked::atomic_read;
using masked::atomic_update;

}  // namespace freeco::cpu
