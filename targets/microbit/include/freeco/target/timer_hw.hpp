// The micro:bit's hardware timers for one-shot interrupts: TIMER0 and TIMER1 of the nRF51822
// (nRF51 Series Reference Manual v3.0, chapter 18) at 0x40008000 and 0x40009000, IRQs 8 and 9.
// Behind the interface every board's timer_hw.hpp offers: timer n (0 or 1) raises its
// interrupt once, a given number of core clocks after start(). freeco's runtime does not use
// them (its clock is SysTick): they are the application's, and the stress tests'.
//
// Each runs at 16 MHz (prescaler 0: the core clock), 32 bits wide, and its compare event 0
// both clears and stops it (SHORTS), so it fires once per start().
//
// Under QEMU (7.2) with -icount these timers keep virtual time, and agree with SysTick while the
// core runs. SysTick does not, when the core sleeps (WFI) into its period's end with no other
// timer due before its next one: QEMU then wakes the core only at that next one, a whole period
// late, and a clock of SysTick's falls behind these timers by as much (a 1 kHz tick waited for
// in WFI takes 2 ms of theirs). tests/runtime/time/tickless-clock-keeps-exact-time.
#pragma once

#include <freeco/target/mmio.hpp>
#include <stdint.h>

namespace freeco::board::timer_hw {

inline constexpr unsigned count = 2;
inline constexpr unsigned irq[count] = {8, 9};

namespace reg {
inline volatile uint32_t& at(unsigned n, uint32_t offset) { return mmio::reg(0x4000'8000u + 0x1000u * n + offset); }
inline volatile uint32_t& start(unsigned n) { return at(n, 0x000); }
inline volatile uint32_t& stop(unsigned n) { return at(n, 0x004); }
inline volatile uint32_t& clear(unsigned n) { return at(n, 0x00C); }
inline volatile uint32_t& capture1(unsigned n) { return at(n, 0x044); }
inline volatile uint32_t& compare0(unsigned n) { return at(n, 0x140); }
inline volatile uint32_t& shorts(unsigned n) { return at(n, 0x200); }
inline volatile uint32_t& intenset(unsigned n) { return at(n, 0x304); }
inline volatile uint32_t& intenclr(unsigned n) { return at(n, 0x308); }
inline volatile uint32_t& mode(unsigned n) { return at(n, 0x504); }
inline volatile uint32_t& bitmode(unsigned n) { return at(n, 0x508); }
inline volatile uint32_t& prescaler(unsigned n) { return at(n, 0x510); }
inline volatile uint32_t& cc0(unsigned n) { return at(n, 0x540); }
inline volatile uint32_t& cc1(unsigned n) { return at(n, 0x544); }
}  // namespace reg

inline constexpr uint32_t shorts_compare0_clear = 1u << 0, shorts_compare0_stop = 1u << 8;
inline constexpr uint32_t int_compare0 = 1u << 16;

// Timer mode, 32 bits, core clock, one-shot, its interrupt on in the peripheral (the NVIC line
// is the caller's: freeco/target/nvic.hpp).
inline void init(unsigned n) {
  reg::stop(n) = 1;
  reg::mode(n) = 0;
  reg::bitmode(n) = 3;
  reg::prescaler(n) = 0;
  reg::shorts(n) = shorts_compare0_clear | shorts_compare0_stop;
  reg::intenset(n) = int_compare0;
}
// Interrupts once, `clocks` core clocks from now (at least 1).
inline void start(unsigned n, uint32_t clocks) {
  reg::clear(n) = 1;
  reg::cc0(n) = clocks;
  reg::start(n) = 1;
}
// In the handler: clears the event (read back, so that the line is low before the handler
// returns and it does not run again).
inline void acknowledge(unsigned n) {
  reg::compare0(n) = 0;
  const uint32_t settled = reg::compare0(n);
  (void)settled;
}
inline void stop(unsigned n) { reg::stop(n) = 1; }

// Instead of one-shots: counts up from 0, without interrupts, for a reference of elapsed time
// independent of SysTick, at the core clock (16 MHz).
inline void start_counting(unsigned n) {
  init(n);
  reg::shorts(n) = 0;
  reg::intenclr(n) = int_compare0;
  reg::clear(n) = 1;
  reg::start(n) = 1;
}
inline uint32_t counted(unsigned n) {
  reg::capture1(n) = 1;
  return reg::cc1(n);
}

}  // namespace freeco::board::timer_hw

// The handlers' names, for <name>_IRQHandler: X(name, timer).
#define FREECO_BOARD_TIMER_IRQS(X) X(TIMER0, 0) X(TIMER1, 1)
