// SysTick for the interrupt tests: a periodic or one-shot interrupt at the core clock.
#pragma once

#include <stdint.h>

namespace systick {

inline volatile uint32_t& reg(uintptr_t address) { return *reinterpret_cast<volatile uint32_t*>(address); }
inline volatile uint32_t& csr() { return reg(0xE000'E010); }
inline volatile uint32_t& rvr() { return reg(0xE000'E014); }
inline volatile uint32_t& cvr() { return reg(0xE000'E018); }

// Interrupts every `period` core clocks, the first one `period` clocks from now.
inline void start(uint32_t period) {
  rvr() = period - 1;
  cvr() = 0;
  csr() = 0b111;  // enable, interrupt, core clock
}
inline void stop() { csr() = 0; }

}  // namespace systick
