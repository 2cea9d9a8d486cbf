// Memory-mapped registers: the one way freeco's code names a peripheral or system register.
// Every access is a 32-bit volatile load or store (ARMv6-M allows only word access to the
// System Control Space, and the peripherals freeco drives are word-wide).
#pragma once

#include <stdint.h>

namespace freeco::mmio {

// The 32-bit register at `address`.
[[gnu::always_inline]] inline volatile uint32_t& reg(uintptr_t address) {
  return *reinterpret_cast<volatile uint32_t*>(address);
}

// A peripheral's register block at `base`: block.at(offset) is the register at base + offset.
struct block {
  uintptr_t base;
  [[gnu::always_inline]] volatile uint32_t& at(uintptr_t offset) const { return reg(base + offset); }
};

}  // namespace freeco::mmio
