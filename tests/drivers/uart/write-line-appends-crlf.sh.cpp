// write_line sends the text and then "\r\n"; write sends exactly its bytes.
// RUN: %{build}
// RUN: %{run} --serial stdio %t.elf < /dev/null | od -An -c | FileCheck %s
// CHECK: o   k  \r  \n   >
// CHECK-NOT: \r
#include "Inputs/uart_test.h"

namespace {
constinit freeco::uart<16> serial;

freeco::task<> writer() {
  co_await serial.write_line("ok");
  co_await serial.write(">");
}
}  // namespace

extern "C" int main() {
  serial.start();
  uart_test::run(writer());
  return 0;
}
