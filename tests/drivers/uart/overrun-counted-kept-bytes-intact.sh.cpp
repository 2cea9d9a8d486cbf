// 100 bytes arrive while the reader does not read: the 32-byte receive buffer keeps the first
// 32, intact and in order, and the 68 it had no room for are counted as overruns. QEMU holds
// input back while the UART's own FIFO is full, so the hardware never loses a byte here.
// RUN: %{build}
// RUN: printf '0123456789ABCDEFGHIJ0123456789KLMNOPQRST0123456789UVWXYZabcd0123456789efghijklmn0123456789opqrstuvwx' | %{run} --serial stdio --input-after 'uart ready' %t.elf | FileCheck %s
// CHECK: uart ready
// CHECK-NEXT: kept [0123456789ABCDEFGHIJ0123456789KL]
// CHECK-NEXT: kept 32
// CHECK-NEXT: overruns 68
// CHECK-NEXT: hardware overruns 0
#include <freeco/executor.hpp>

#include "Inputs/uart_test.h"

namespace {
constinit freeco::uart<32> serial;

freeco::task<> late_reader() {
  // Wait, without reading, until the handler has seen all 100 bytes.
  while (serial.available() + serial.overruns() < 100) co_await freeco::yield();
  char kept[64] = {};
  const size_t n = co_await serial.read(kept, sizeof kept - 1);
  RUNTIME_CHECK(serial.available() == 0);
  freeco::console::write("kept [");
  freeco::console::write(kept);
  freeco::console::write("]\n");
  runtime_test::print("kept ", static_cast<long>(n));
  runtime_test::print("overruns ", serial.overruns());
  runtime_test::print("hardware overruns ", serial.hardware_overruns());
}
}  // namespace

extern "C" int main() {
  uart_test::start(serial);
  uart_test::run(late_reader());
  return 0;
}
