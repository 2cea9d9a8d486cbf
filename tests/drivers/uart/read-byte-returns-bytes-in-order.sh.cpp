// read_byte returns the bytes fed through the serial port one at a time, in order.
// RUN: %{build}
// RUN: printf 'xyz.' | %{run} --serial stdio --input-after 'uart ready' %t.elf | FileCheck %s
// CHECK: uart ready
// CHECK-NEXT: byte 120
// CHECK-NEXT: byte 121
// CHECK-NEXT: byte 122
// CHECK-NEXT: byte 46
// CHECK-NEXT: done
#include "Inputs/uart_test.h"

namespace {
constinit freeco::uart<16> serial;

freeco::task<> reader() {
  for (;;) {
    const uint8_t byte = co_await serial.read_byte();
    runtime_test::print("byte ", byte);
    if (byte == '.') co_return;
  }
}
}  // namespace

extern "C" int main() {
  uart_test::start(serial);
  uart_test::run(reader());
  freeco::console::write("done\n");
  return 0;
}
