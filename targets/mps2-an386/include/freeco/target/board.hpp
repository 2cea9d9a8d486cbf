// Arm MPS2 with FPGA image AN386: Cortex-M4F at 25 MHz. Only what differs between boards.
#pragma once

#include <freeco/target/cpu_mark.hpp>

namespace freeco::board {

inline constexpr char name[] = "mps2-an386";
inline constexpr unsigned long core_clock_hz = 25'000'000;
// The clock's tick rate (freeco/time.hpp): SysTick interrupts this often; a whole number of
// core clocks per tick, at most 2^24.
inline constexpr unsigned long tick_hz = 1000;
// External interrupt lines of the NVIC (QEMU's mps2 configures 32 for AN385/AN386).
inline constexpr unsigned irq_count = 32;
// Lines that nothing on the board drives under QEMU (no I2S or touchscreen model), for
// software to pend (freeco::interrupt_executor): I2S and TOUCHSCREEN (handlers
// I2S_IRQHandler, TOUCHSCREEN_IRQHandler).
inline constexpr unsigned free_irqs[] = {14, 15};
// Cores, and which one runs the caller: AN386 has one core, so the per-core context slot
// (freeco/core.hpp) is an array of one and its index folds to a constant.
inline constexpr unsigned core_count = 1;
constexpr unsigned core_id() { return 0; }

}  // namespace freeco::board

// The AN386 IRQs in order (AN386 application note, interrupt map); the vector table gives
// each a weak <NAME>_IRQHandler.
#define FREECO_BOARD_IRQS(X)                                                             \
  X(UART0_RX) X(UART0_TX) X(UART1_RX) X(UART1_TX) X(UART2_RX) X(UART2_TX) X(GPIO0)       \
  X(GPIO1) X(TIMER0) X(TIMER1) X(DUALTIMER) X(SPI0_1) X(UART_OVERFLOW) X(ETHERNET)       \
  X(I2S) X(TOUCHSCREEN) X(GPIO2) X(GPIO3) X(UART3_RX) X(UART3_TX) X(UART4_RX)            \
  X(UART4_TX) X(SPI2) X(SPI3_4) X(GPIO0_0) X(GPIO0_1) X(GPIO0_2) X(GPIO0_3) X(GPIO0_4)   \
  X(GPIO0_5) X(GPIO0_6) X(GPIO0_7)
