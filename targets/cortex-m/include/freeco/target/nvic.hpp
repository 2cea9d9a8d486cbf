// The NVIC's external interrupt lines (ARMv6-M ARM B3.4, ARMv7-M ARM B3.4): the same registers on
// the Cortex-M0 and the M4, each line one bit of a 32-bit word, each priority one byte of a
// 32-bit word.
#pragma once

#include <freeco/target/mmio.hpp>
#include <stdint.h>

namespace freeco::nvic {

[[gnu::always_inline]] inline void enable(unsigned irq) { mmio::reg(0xE000'E100u + 4 * (irq / 32)) = 1u << (irq % 32); }
[[gnu::always_inline]] inline void disable(unsigned irq) { mmio::reg(0xE000'E180u + 4 * (irq / 32)) = 1u << (irq % 32); }
// Pends the line: its handler runs as soon as its priority allows.
[[gnu::always_inline]] inline void pend(unsigned irq) { mmio::reg(0xE000'E200u + 4 * (irq / 32)) = 1u << (irq % 32); }
// The same for several of lines 0 to 31 at once, one bit each (a driver's set of lines).
[[gnu::always_inline]] inline void enable_lines(uint32_t lines) { mmio::reg(0xE000'E100u) = lines; }
[[gnu::always_inline]] inline void pend_lines(uint32_t lines) { mmio::reg(0xE000'E200u) = lines; }

// A line's priority byte (a word read: see set_priority).
inline uint8_t priority(unsigned irq) { return uint8_t(mmio::reg(0xE000'E400u + 4 * (irq / 4)) >> (8 * (irq % 4))); }

// 0 is the most urgent. Only the top bits of the byte exist (2 on the Cortex-M0, 3 or more on an
// M4), so priorities that differ in bits 7:6 (0x00, 0x40, 0x80, 0xC0) mean the same on both.
// A read-modify-write of the whole word: ARMv6-M allows no byte access to the IPRs. Thread mode,
// before the line is enabled (a handler changing the same word at the same time would be lost).
inline void set_priority(unsigned irq, uint8_t priority) {
  volatile uint32_t& ipr = mmio::reg(0xE000'E400u + 4 * (irq / 4));
  const unsigned shift = 8 * (irq % 4);
  ipr = (ipr & ~(0xFFu << shift)) | (uint32_t{priority} << shift);
}

}  // namespace freeco::nvic
