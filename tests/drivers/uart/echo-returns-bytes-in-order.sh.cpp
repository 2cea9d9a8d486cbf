// Bytes fed through the serial port come back, in order, when a task echoes what it reads.
// RUN: %{build}
// RUN: printf 'hello, uart!\n' | %{run} --serial stdio --input-after 'uart ready' %t.elf | FileCheck %s
// CHECK: uart ready
// CHECK-NEXT: hello, uart!
// CHECK-NEXT: echoed 13{{$}}
#include "Inputs/uart_test.h"

namespace {
constinit freeco::uart<64> serial;
int echoed = 0;

freeco::task<> echo() {
  char buffer[8];
  for (;;) {
    const size_t n = co_await serial.read(buffer, sizeof buffer);
    RUNTIME_CHECK(n >= 1 && n <= sizeof buffer);
    co_await serial.write(buffer, n);
    echoed += static_cast<int>(n);
    if (buffer[n - 1] == '\n') co_return;
  }
}
}  // namespace

extern "C" int main() {
  uart_test::start(serial);
  uart_test::run(echo());
  runtime_test::print("echoed ", echoed);
  return serial.overruns() == 0 ? 0 : 1;
}
