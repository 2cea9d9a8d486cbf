// A second task that reads while another task's read waits is reported, and ends the
// firmware, rather than taking bytes meant for the first.
// RUN: %{build}
// RUN: { %{run} --serial stdio %t.elf < /dev/null; echo "exit status: $?"; } 2>&1 | FileCheck %s
// CHECK: first reader waits
// CHECK: ERROR(freeco): two tasks read from one freeco::uart at once: let one task do all the reading
// CHECK-NEXT: called from 0x{{[0-9a-f]+}}
// CHECK: exit status: 1
#include "Inputs/uart_test.h"

namespace {
constinit freeco::uart<16> serial;

freeco::task<> first() {
  freeco::console::write("first reader waits\n");
  co_await serial.read_byte();
  freeco::console::write("first reader got a byte\n");
}
freeco::task<> second() {
  co_await serial.read_byte();
  freeco::console::write("second reader got a byte\n");
}
}  // namespace

extern "C" int main() {
  serial.start();
  runtime_test::spawn(uart_test::executor, first());
  runtime_test::spawn(uart_test::executor, second());
  uart_test::executor.run();
  return 0;
}
