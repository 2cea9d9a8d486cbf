// A line longer than the buffer is reported (too_long) with its first capacity - 1
// characters, never written past the buffer; the rest of it is skipped, so the next read_line
// returns the next line.
// RUN: %{build}
// RUN: printf 'short\nthis line does not fit in sixteen bytes\nnext\n' | %{run} --serial stdio --input-after 'uart ready' %t.elf | FileCheck %s
// CHECK: uart ready
// CHECK-NEXT: line [short] length 5
// CHECK-NEXT: line [this line does ] length 15 too long
// CHECK-NEXT: line [next] length 4
// CHECK-NEXT: guard intact, overruns 0
#include "Inputs/uart_test.h"

namespace {
constinit freeco::uart<64> serial;

struct guarded_line {
  char text[16];
  char guard[4];  // must stay as it is
};
guarded_line line = {{}, {'G', 'G', 'G', 'G'}};

freeco::task<> reader() {
  for (int i = 0; i < 3; ++i) {
    const freeco::uart_line got = co_await serial.read_line(line.text, sizeof line.text);
    uart_test::print_line("line ", line.text, got);
  }
}
}  // namespace

extern "C" int main() {
  uart_test::start(serial);
  uart_test::run(reader());
  RUNTIME_CHECK(line.guard[0] == 'G' && line.guard[1] == 'G' && line.guard[2] == 'G' && line.guard[3] == 'G');
  runtime_test::print("guard intact, overruns ", serial.overruns());
  return 0;
}
