// The firmware of the read-line tests: reads LINES lines (-DLINES=N) with read_line and
// prints each with its length.
#include "uart_test.h"

namespace {
constinit freeco::uart<64> serial;

freeco::task<> reader() {
  char line[32];
  for (int i = 0; i < LINES; ++i) {
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
