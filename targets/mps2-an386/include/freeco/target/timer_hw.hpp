// The MPS2's hardware timers for one-shot interrupts: TIMER0 and TIMER1 of AN386, Arm CMSDK
// APB timers (Cortex-M System Design Kit TRM, DDI0479, "APB timer") at 0x40000000 and
// 0x40001000, IRQs 8 and 9, clocked at 25 MHz (the core clock). Behind the interface every
// board's timer_hw.hpp offers: timer n (0 or 1) raises its interrupt once, a given number of
// core clocks after start(). freeco's runtime does not use them (its clock is SysTick): they
// are the application's, and the stress tests'.
//
// A CMSDK timer counts VALUE down and interrupts when it reaches 0, then reloads from RELOAD
// and goes on; acknowledge() disables it, so that it fires once per start().
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
inline volatile uint32_t& at(unsigned n, uint32_t offset) { return mmio::reg(0x4000'0000u + 0x1000u * n + offset); }
inline volatile uint32_t& ctrl(unsigned n) { return at(n, 0x00); }
inline volatile uint32_t& value(unsigned n) { return at(n, 0x04); }
inline volatile uint32_t& reload(unsigned n) { return at(n, 0x08); }
inline volatile uint32_t& intclear(unsigned n) { return at(n, 0x0C); }  // INTSTATUS; write 1 to clear
}  // namespace reg

inline constexpr uint32_t ctrl_enable = 1u << 0, ctrl_interrupt = 1u << 3;

// Stopped, no reload, no interrupt pending (the NVIC line is the caller's:
// freeco/target/nvic.hpp).
inline void init(unsigned n) {
  reg::ctrl(n) = 0;
  reg::reload(n) = 0;
  reg::intclear(n) = 1;
}
// Interrupts once, `clocks` core clocks from now (at least 1).
inline void start(unsigned n, uint32_t clocks) {
  reg::value(n) = clocks;
  reg::ctrl(n) = ctrl_enable | ctrl_interrupt;
}
// In the handler: stops the timer and clears its interrupt (read back, so that the line is
// low before the handler returns and it does not run again).
inline void acknowledge(unsigned n) {
  reg::ctrl(n) = 0;
  reg::intclear(n) = 1;
  const uint32_t settled = reg::intclear(n);
  (void)settled;
}
inline void stop(unsigned n) { reg::ctrl(n) = 0; }

// Instead of one-shots: counts up from 0, without interrupts, for a reference of elapsed time
// independent of SysTick, at the core clock (25 MHz).
inline void start_counting(unsigned n) {
  init(n);
  reg::reload(n) = 0xFFFF'FFFFu;
  reg::value(n) = 0xFFFF'FFFFu;
  reg::ctrl(n) = ctrl_enable;
}
inline uint32_t counted(unsigned n) { return 0xFFFF'FFFFu - reg::value(n); }

}  // namespace freeco::board::timer_hw

// The handlers' names, for <name>_IRQHandler: X(name, timer).
#define FREECO_BOARD_TIMER_IRQS(X) X(TIMER0, 0) X(TIMER1, 1)
