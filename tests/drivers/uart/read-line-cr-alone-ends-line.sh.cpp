// A '\r' on its own ends a line (as a terminal's Enter key sends it).
// RUN: %{build}
// RUN: printf 'stats\rhelp\r' | %{run} --serial stdio --input-after 'uart ready' %t.elf | FileCheck %s
// CHECK: uart ready
// CHECK-NEXT: line [stats] length 5
// CHECK-NEXT: line [help] length 4
#include "Inputs/uart_test.h"

namespace {
constinit freeco::uart<64> serial;

freeco::task<> reader() {
  char line[32];
  for (int i = 0; i < 2; ++i) {
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
