// qemu-run --line-after TEXT sends one line of piped stdin each time the firmware writes TEXT
// (its prompt): a script far longer than the firmware's 16-byte receive buffer reaches a
// reader that is busy between lines with no byte lost, and each line comes after its prompt.
// RUN: %{build}
// RUN: printf 'one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\n' | %{run} --serial stdio --line-after '> ' %t.elf | FileCheck %s
// CHECK: > got one
// CHECK-NEXT: > got two
// CHECK: > got ten
// CHECK-NEXT: overruns 0
#include <freeco/uart.hpp>
#include <runtime_test.h>

namespace {
constinit freeco::executor executor;
constinit freeco::uart<16> serial;
volatile uint32_t spin;

freeco::task<> commands() {
  char line[16];
  for (int i = 0; i < 10; ++i) {
    co_await serial.write("> ");
    const freeco::uart_line got = co_await serial.read_line(line, sizeof line);
    RUNTIME_CHECK(!got.too_long);
    for (uint32_t n = 0; n < 20000; ++n) spin = n;  // busy: input piles up unless paced
    co_await serial.write("got ");
    co_await serial.write_line(line);
  }
}
}  // namespace

extern "C" int main() {
  serial.start();
  runtime_test::spawn(executor, commands());
  executor.run();
  runtime_test::print("overruns ", serial.overruns());
  return 0;
}
