// BBC micro:bit v1: nRF51822 (Cortex-M0) at 16 MHz. Only what differs between boards.
#pragma once

#include <freeco/target/cpu_mark.hpp>

namespace freeco::board {

inline constexpr char name[] = "microbit";
inline constexpr unsigned long core_clock_hz = 16'000'000;
// The clock's tick rate (freeco/time.hpp): SysTick interrupts this often; a whole number of
// core clocks per tick, at most 2^24.
inline constexpr unsigned long tick_hz = 1000;
// External interrupt lines of the NVIC (QEMU's nrf51 SoC models 32).
inline constexpr unsigned irq_count = 32;
// Lines that nothing on the chip drives, for software to pend (freeco::interrupt_executor):
// SWI0..SWI5 (handlers SWI0_IRQHandler..SWI5_IRQHandler).
inline constexpr unsigned free_irqs[] = {20, 21, 22, 23, 24, 25};
// Cores, and which one runs the caller: the nRF51822 has one core, so the per-core context slot
// (freeco/core.hpp) is an array of one and its index folds to a constant.
inline constexpr unsigned core_count = 1;
constexpr unsigned core_id() { return 0; }

}  // namespace freeco::board

// The nRF51 IRQs in order (nRF51 Reference Manual, instantiation table); the vector table
// gives each a weak <NAME>_IRQHandler. RESERVEDn lines exist in the NVIC but nothing drives them.
#define FREECO_BOARD_IRQS(X)                                                             \
  X(POWER_CLOCK) X(RADIO) X(UART0) X(SPI0_TWI0) X(SPI1_TWI1) X(RESERVED5) X(GPIOTE)      \
  X(ADC) X(TIMER0) X(TIMER1) X(TIMER2) X(RTC0) X(TEMP) X(RNG) X(ECB) X(CCM_AAR) X(WDT)   \
  X(RTC1) X(QDEC) X(LPCOMP) X(SWI0) X(SWI1) X(SWI2) X(SWI3) X(SWI4) X(SWI5)              \
  X(RESERVED26) X(RESERVED27) X(RESERVED28) X(RESERVED29) X(RESERVED30) X(RESERVED31)
