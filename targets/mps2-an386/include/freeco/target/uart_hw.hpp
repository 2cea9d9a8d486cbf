// The MPS2's first serial port: UART0 of AN386, an Arm CMSDK APB UART (Cortex-M System Design
// Kit TRM, DDI0479, "APB UART") at 0x40004000, clocked at 25 MHz. Only what freeco's driver
// (drivers/src/uart.cpp) and the serial console need, behind the interface every board's
// uart_hw.hpp offers.
//
// Each direction holds one byte: STATE.RXFULL says a byte waits in DATA (reading DATA takes
// it), STATE.TXFULL that the byte written to DATA has not gone yet. A byte that arrives while
// RXFULL is set is lost and sets STATE.RXOVERRUN. The receive and transmit interrupts are
// separate lines, and stay raised until INTCLEAR clears them.
#pragma once

#include <freeco/target/mmio.hpp>
#include <stdint.h>

namespace freeco::board::uart0 {

namespace reg {
inline constexpr mmio::block uart{0x4000'4000u};
inline volatile uint32_t& at(uint32_t offset) { return uart.at(offset); }
inline volatile uint32_t& data() { return at(0x00); }
inline volatile uint32_t& state() { return at(0x04); }     // overrun bits: write 1 to clear
inline volatile uint32_t& ctrl() { return at(0x08); }
inline volatile uint32_t& intclear() { return at(0x0C); }  // INTSTATUS; write 1 to clear
inline volatile uint32_t& bauddiv() { return at(0x10); }
}  // namespace reg

inline constexpr uint32_t pclk_hz = 25'000'000;
inline constexpr uint32_t state_txfull = 1u << 0, state_rxfull = 1u << 1, state_rxoverrun = 1u << 3;
inline constexpr uint32_t ctrl_tx_enable = 1u << 0, ctrl_rx_enable = 1u << 1, ctrl_tx_interrupt = 1u << 2,
                          ctrl_rx_interrupt = 1u << 3;
inline constexpr uint32_t int_tx = 1u << 0, int_rx = 1u << 1;

// 8N1 at `baud` (BAUDDIV is at least 16), receiver and transmitter on, their interrupts on in
// the peripheral. Overruns raise no interrupt of their own: the receive handler checks them.
inline void enable(uint32_t baud) {
  reg::bauddiv() = pclk_hz / baud;
  reg::ctrl() = ctrl_tx_enable | ctrl_rx_enable | ctrl_tx_interrupt | ctrl_rx_interrupt;
  // QEMU 7.2 looks for new input only when the firmware reads DATA; a read now (harmless on
  // the hardware: nothing waits) lets input that was typed before this point in.
  const uint32_t discarded = reg::data();
  (void)discarded;
}

// Clears the receive interrupt before the driver drains DATA, so that a byte arriving during
// the drain raises it again.
inline void rx_acknowledge() { reg::intclear() = int_rx; }

inline bool rx_take(uint8_t& byte) {
  if ((reg::state() & state_rxfull) == 0) return false;
  byte = static_cast<uint8_t>(reg::data());
  return true;
}

// Whether the hardware lost a byte since the last call; clears the report.
inline bool rx_overrun_taken() {
  if ((reg::state() & state_rxoverrun) == 0) return false;
  reg::state() = state_rxoverrun;
  return true;
}

// The hardware says itself whether the transmitter is busy: the driver keeps nothing.
struct tx_state {};
// The transmit interrupt fires when TXFULL goes from set to clear.
inline void tx_acknowledge(tx_state&) { reg::intclear() = int_tx; }
inline bool tx_ready(const tx_state&) { return (reg::state() & state_txfull) == 0; }
inline void tx_put(tx_state&, uint8_t byte) { reg::data() = byte; }

// Polled transmit, for the serial console (platform/backends/console_uart.cpp), which owns
// the port instead of the driver: no interrupts, TXFULL waited out before each byte.
inline void polled_start(uint32_t baud) {
  reg::bauddiv() = pclk_hz / baud;
  reg::ctrl() = ctrl_tx_enable | ctrl_rx_enable;
}
inline void polled_put(uint8_t byte) {
  while ((reg::state() & state_txfull) != 0) {
  }
  reg::data() = byte;
}

}  // namespace freeco::board::uart0

// Which of the board's interrupts (FREECO_BOARD_IRQS in board.hpp) serve UART0, and for which
// direction: X(name, receive, transmit). The driver defines <name>_IRQHandler from this.
#define FREECO_BOARD_UART0_IRQS(X) X(UART0_RX, true, false) X(UART0_TX, false, true)
