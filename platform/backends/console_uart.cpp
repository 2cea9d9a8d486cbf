// The serial console (freeco::console_uart, console_uart.o): the board's UART0, polled, at
// 115200 8N1. Polled, so that it works with interrupts masked, from a fault handler and before
// the executor runs. Each line ends in CR LF, as terminals expect.
//
// It owns UART0: the interrupt-driven freeco::uart on the same port would race it for the
// transmitter's flags, so the link refuses the pair (link.ld, __freeco_console_uart0).
#include <freeco/console.hpp>

#include <freeco/target/uart_hw.hpp>

asm(".globl __freeco_console_uart0\n\t.set __freeco_console_uart0, 1");

namespace freeco::console {

namespace {
constexpr uint32_t baud = 115200;
// Set once the transmitter runs. A handler that preempts the first write starts it again,
// which is harmless: the start only writes the same configuration.
bool started = false;

void put(uint8_t byte) { board::uart0::polled_put(byte); }
}  // namespace

void sink(const char* text, size_t length) {
  if (!started) {
    board::uart0::polled_start(baud);
    started = true;
  }
  for (size_t i = 0; i < length; ++i) {
    if (text[i] == '\n') put('\r');
    put(static_cast<uint8_t>(text[i]));
  }
}

}  // namespace freeco::console
