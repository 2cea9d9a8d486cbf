// A read cancelled while it waits (here by freeco::timeout, which destroys the task around
// it) leaves nothing registered: the same task can read again, and gets the next line.
// RUN: %{build}
// RUN: printf 'after\n' | %{run} --serial stdio --input-after 'uart ready' %t.elf | FileCheck %s
// CHECK: read timed out
// CHECK-NEXT: uart ready
// CHECK-NEXT: line [after] length 5
#include <freeco/when.hpp>

#include "Inputs/uart_test.h"

using namespace freeco::literals;

namespace {
constinit freeco::uart<16> serial;
constinit freeco::frame_pool<384, 1> reader_frame;  // timeout's awaiter lives in the frame
char line[16];

freeco::task<> reader(freeco::in_pool<reader_frame>) {
  freeco::timed<freeco::uart_line> first = co_await freeco::timeout(serial.read_line(line, sizeof line), 10_ms);
  RUNTIME_CHECK(!first);
  freeco::console::write("read timed out\n");
  freeco::console::write("uart ready\n");  // only now does qemu-run send the input
  const freeco::uart_line got = co_await serial.read_line(line, sizeof line);
  uart_test::print_line("line ", line, got);
}
}  // namespace

extern "C" int main() {
  serial.start();
  uart_test::run(reader({}));
  RUNTIME_CHECK(runtime_test::frames_in_use() == 0);
  return 0;
}
