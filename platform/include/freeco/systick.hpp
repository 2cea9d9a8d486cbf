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
// The three in a row, for code that wants one base register: [0] CSR, [1] RVR, [2] CVR.
inline volatile uint32_t* registers() { return &csr(); }
// CSR.COUNTFLAG: the counter has reached 0 since CSR was last read; a read clears it. The clock
// (libcore/src/time.cpp) relies on it: nothing else may read CSR while the clock runs.
inline constexpr uint32_t csr_countflag = 1u << 16;

// The longest period, in core clocks: the reload value is 24 bits.
inline constexpr uint32_t longest_period = 1u << 24;

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
// ICSR (in the System Control Block), and its PENDSTSET bit: reads 1 while SysTick's interrupt
// is pending, a write of 1 pends it.
inline volatile uint32_t& icsr() { return mmio::reg(0xE000'ED04); }
inline constexpr uint32_t icsr_pending = 1u << 26;
// SysTick's interrupt is pending: a period has ended (or pend() was called) and the handler
// has not run yet, which only a caller with interrupts masked can see.
inline bool pending() { return (icsr() & icsr_pending) != 0; }
// Makes SysTick's interrupt pending, as if a period had ended.
inline void pend() { icsr() = icsr_pending; }
// Gives SysTick the highest configurable priority (0; SHPR3 bits 31:24, word access only on
// ARMv6-M), so that no other handler can preempt it.
inline void set_highest_priority() { mmio::reg(0xE000'ED20) = mmio::reg(0xE000'ED20) & 0x00FF'FFFFu; }

}  // namespace freeco::systick
