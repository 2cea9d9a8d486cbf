// A second task that writes while another task's write waits is reported, and ends the
// firmware, rather than mixing the two texts. Interrupts are masked so that the first write
// cannot finish at once (QEMU's UART takes each byte instantly).
// RUN: %{build}
// RUN: { %{run} --serial stdio %t.elf < /dev/null; echo "exit status: $?"; } 2>&1 | FileCheck %s
// CHECK: ERROR(freeco): two tasks write to one freeco::uart at once: let one task do all the writing
// CHECK-NEXT: called from 0x{{[0-9a-f]+}}
// CHECK: exit status: 1
#include "Inputs/uart_test.h"

namespace {
constinit freeco::uart<16> serial;

freeco::task<> first() {
  asm volatile("cpsid i" ::: "memory");
  co_await serial.write("first text\n");
  freeco::console::write("first write done\n");
}
freeco::task<> second() {
  co_await serial.write("second text\n");
  freeco::console::write("second write done\n");
}
}  // namespace

extern "C" int main() {
  serial.start();
  runtime_test::spawn(uart_test::executor, first());
  runtime_test::spawn(uart_test::executor, second());
  uart_test::executor.run();
  return 0;
}
