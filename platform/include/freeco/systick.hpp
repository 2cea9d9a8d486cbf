// SysTick, the timer every Cortex-M0 and M4 has at the same addresses (ARMv6-M and ARMv7-M
// ARM, B3.3), clocked here at the core clock: a periodic or one-shot interrupt, or a free
// running 24-bit down-counter for exact measurements (bench/).
#pragma once

#include <freeco/target/mmio.hpp>
#include <stdint.h>

namespace freeco::systick {

inline volatile uint32_t& csr() { return mmio::reg(0xE000'E010); }
inline volatile uint32_t& rvr() { return mmio::reg(0xE000'E014); }
inline volatile uint32_t& cvr() { return mmio::reg(0xE000'E018); }

// Interrupts every `period` core clocks, the first one `period` clocks from now.
inline void start(uint32_t period) {
  rvr() = period - 1;
  cvr() = 0;
  csr() = 0b111;  // enable, interrupt, core clock
}
// Counts down from 0xFFFFFF at the core clock and wraps, with no interrupt.
inline void start_counter() {
  rvr() = 0xFF'FFFF;
  cvr() = 0;
  csr() = 0b101;  // enable, core clock
}
inline void stop() { csr() = 0; }
// Gives SysTick the highest configurable priority (0; SHPR3 bits 31:24, word access only on
// ARMv6-M), so that no other handler can preempt it.
inline void set_highest_priority() { mmio::reg(0xE000'ED20) = mmio::reg(0xE000'ED20) & 0x00FF'FFFFu; }

}  // namespace freeco::systick
