// With the serial console (console_uart.o) freeco's messages and panics leave through the
// board's UART, polled, and not through semihosting: with QEMU's serial port unplugged the run
// prints nothing, yet still ends with the panic's status through the (default) semihosting exit.
// RUN: %{cxx} %{flags} %s -o %t.elf %{console_uart} %{link_flags}
// RUN: { %{run} --serial stdio %t.elf; echo "exit status: $?"; } | FileCheck %s
// RUN: { %{run} --serial null %t.elf; echo "exit status: $?"; } | FileCheck %s --check-prefix=UNPLUGGED
// CHECK: on the serial port: 0x0000002a -7
// CHECK: ERROR(freeco): given up on purpose
// CHECK-NEXT: called from 0x{{[0-9a-f]+}}
// CHECK: exit status: 1{{$}}
// UNPLUGGED-NOT: {{.}}
// UNPLUGGED: exit status: 1{{$}}
// UNPLUGGED-NOT: {{.}}
#include <freeco/console.hpp>
#include <freeco/panic.hpp>

int main() {
  freeco::console::write("on the serial port: ");
  freeco::console::write_hex(42);
  freeco::console::write(" ");
  freeco::console::write_dec(-7);
  freeco::console::write("\n");
  freeco::panic("ERROR(freeco): given up on purpose");
}
