// The micro:bit's serial port: UART0 of the nRF51822 (nRF51 Series Reference Manual v3.0,
// chapter 29), wired to the USB interface chip on P0.24 (TXD) and P0.25 (RXD). Only what
// freeco's driver (drivers/src/uart.cpp) and the serial console need, behind the interface
// every board's uart_hw.hpp offers.
//
// The receiver has a 6-byte FIFO: RXDRDY says a byte waits in RXD, and reading RXD pops it
// (and raises RXDRDY again if more wait). Reading RXD with nothing there stops the receiver,
// so the driver reads it only after RXDRDY. The transmitter holds one byte: TXDRDY says the
// byte written to TXD has gone. One interrupt line serves both directions.
#pragma once

#include <freeco/target/mmio.hpp>
#include <stdint.h>

namespace freeco::board::uart0 {

namespace reg {
inline constexpr mmio::block uart{0x4000'2000u};
inline volatile uint32_t& at(uint32_t offset) { return uart.at(offset); }
inline volatile uint32_t& startrx() { return at(0x000); }
inline volatile uint32_t& starttx() { return at(0x008); }
inline volatile uint32_t& rxdrdy() { return at(0x108); }
inline volatile uint32_t& txdrdy() { return at(0x11C); }
inline volatile uint32_t& error() { return at(0x124); }
inline volatile uint32_t& intenset() { return at(0x304); }
inline volatile uint32_t& intenclr() { return at(0x308); }
inline volatile uint32_t& errorsrc() { return at(0x480); }  // write 1 to clear
inline volatile uint32_t& enable() { return at(0x500); }
inline volatile uint32_t& pseltxd() { return at(0x50C); }
inline volatile uint32_t& pselrxd() { return at(0x514); }
inline volatile uint32_t& rxd() { return at(0x518); }
inline volatile uint32_t& txd() { return at(0x51C); }
inline volatile uint32_t& baudrate() { return at(0x524); }
inline volatile uint32_t& config() { return at(0x56C); }
inline volatile uint32_t& gpio(uint32_t offset) { return mmio::reg(0x5000'0000u + offset); }
}  // namespace reg

inline constexpr uint32_t txd_pin = 24, rxd_pin = 25;
inline constexpr uint32_t int_rxdrdy = 1u << 2, int_txdrdy = 1u << 7;
inline constexpr uint32_t errorsrc_overrun = 1u << 0;

// What the driver keeps about the transmitter because the hardware has no flag to read back:
// whether a byte written to TXD is still going out. The driver owns it (transmit handler only).
struct tx_state {
  bool busy = false;
};

// 8N1 at `baud`, receiver and transmitter started, their interrupts on in the peripheral.
inline void enable(uint32_t baud) {
  reg::gpio(0x508) = 1u << txd_pin;  // OUTSET: TXD idles high...
  reg::gpio(0x518) = 1u << txd_pin;  // DIRSET: ...as an output, before the UART takes the pin
  reg::pseltxd() = txd_pin;
  reg::pselrxd() = rxd_pin;
  // BAUDRATE = baud * 2^32 / 16 MHz with the low 12 bits clear (the RM's table, e.g.
  // 0x01D7E000 for 115200); the division is exact in 32 bits up to 4 Mbaud.
  reg::baudrate() = ((baud * 1024u + 15625u / 2) / 15625u) << 12;
  reg::config() = 0;  // no parity, no flow control
  reg::enable() = 4;
  reg::intenset() = int_rxdrdy | int_txdrdy;
  reg::startrx() = 1;
  reg::starttx() = 1;
}

inline void rx_acknowledge() {}  // events are cleared byte by byte in rx_take

// Takes the next received byte, if any. The event is cleared before RXD is read: reading RXD
// raises it again when more bytes wait, and that must not be lost.
inline bool rx_take(uint8_t& byte) {
  if (reg::rxdrdy() == 0) return false;
  reg::rxdrdy() = 0;
  byte = static_cast<uint8_t>(reg::rxd());
  return true;
}

// Whether the hardware lost a byte (a start bit arrived while RXD was still full) since the
// last call; clears the report.
inline bool rx_overrun_taken() {
  if (reg::error() == 0) return false;
  reg::error() = 0;
  const uint32_t source = reg::errorsrc();
  reg::errorsrc() = source;
  return (source & errorsrc_overrun) != 0;
}

inline void tx_acknowledge(tx_state& tx) {
  if (reg::txdrdy() == 0) return;
  reg::txdrdy() = 0;
  tx.busy = false;
}
inline bool tx_ready(const tx_state& tx) { return !tx.busy; }
inline void tx_put(tx_state& tx, uint8_t byte) {
  tx.busy = true;
  reg::txd() = byte;
}

// Polled transmit, for the serial console (platform/backends/console_uart.cpp), which owns
// the port instead of the driver: no interrupts, TXDRDY waited for and cleared byte by byte.
inline void polled_start(uint32_t baud) {
  enable(baud);
  reg::intenclr() = int_rxdrdy | int_txdrdy;
}
inline void polled_put(uint8_t byte) {
  reg::txd() = byte;
  while (reg::txdrdy() == 0) {
  }
  reg::txdrdy() = 0;
}

}  // namespace freeco::board::uart0

// Which of the board's interrupts (FREECO_BOARD_IRQS in board.hpp) serve UART0, and for which
// direction: X(name, receive, transmit). The driver defines <name>_IRQHandler from this.
#define FREECO_BOARD_UART0_IRQS(X) X(UART0, true, true)
