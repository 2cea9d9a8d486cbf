// "\r\n" ends a line once: no empty line appears between two CRLF-terminated lines, and
// "\r\n\r\n" is one empty line.
// RUN: %{build}
// RUN: printf 'alpha\r\nbeta\r\n\r\ngamma\r\nend\r\n' | %{run} --serial stdio --input-after 'uart ready' %t.elf | FileCheck %s
// CHECK: uart ready
// CHECK-NEXT: line [alpha] length 5
// CHECK-NEXT: line [beta] length 4
// CHECK-NEXT: line [] length 0
// CHECK-NEXT: line [gamma] length 5
// CHECK-NEXT: line [end] length 3
#include "Inputs/uart_test.h"

namespace {
constinit freeco::uart<64> serial;

freeco::task<> reader() {
  char line[32];
  for (int i = 0; i < 5; ++i) {
    const freeco::uart_line got = co_await serial.read_line(line, sizeof line);
    uart_test::print_line("line ", line, got);
  }
}
}  // namespace

extern "C" int main() {
  uart_test::start(serial);
  uart_test::run(reader());
  return 0;
}
