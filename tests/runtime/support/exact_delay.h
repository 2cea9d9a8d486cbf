// Runs exactly k NOPs (k <= 256) plus a fixed overhead: a computed jump into a NOP sled, so a
// test can move an event one instruction at a time. Thumb-1 instructions, valid on M0 and M4.
#pragma once

#include <stdint.h>

namespace exact_delay {

constexpr uint32_t max_nops = 256;

// Out of line: the compiler cannot see the sled's size, so inlined it would put literal pools
// and branches of the caller out of reach.
[[gnu::noinline]] inline void nops(uint32_t k) {
  // `add pc, r` reads pc as its own address + 4: the sled's start. Skip (max_nops - k) NOPs.
  const uint32_t skip = (max_nops - k) * 2;
  asm volatile(
      "add pc, %0\n\t"
      "nop\n\t"  // never runs: pc + 4 is past it
      ".rept 256\n\t"
      "nop\n\t"
      ".endr" ::"r"(skip)
      : "memory");
}

}  // namespace exact_delay
