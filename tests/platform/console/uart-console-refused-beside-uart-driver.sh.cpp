// The serial console and freeco::uart both drive UART0 and would take each other's
// transmitter flags: the link refuses the pair, naming both and what to do.
// RUN: not %{cxx} %{flags} %s -o %t.elf %{console_uart} %{link_flags} 2>&1 | FileCheck %s
// CHECK: ERROR(freeco): the serial console (console_uart) and freeco::uart both drive UART0
#include <freeco/uart.hpp>

constinit freeco::uart<16> serial;

int main() {
  serial.start();
  return 0;
}
