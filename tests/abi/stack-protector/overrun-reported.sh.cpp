// Built with -fstack-protector-strong, a function that writes past the end of a buffer on its
// stack is caught when it returns: a report, and a non-zero exit.
// ADDITIONAL_COMPILE_FLAGS: -fstack-protector-strong
// RUN: %{build}
// RUN: not %{run} %t.elf | FileCheck %s
#include <freeco/console.hpp>

volatile unsigned length = 24;  // more than the buffer holds, unknown to the compiler

[[gnu::noinline]] int overrun() {
  char buffer[16];
  for (unsigned i = 0; i < length; ++i) buffer[i] = 'x';
  return buffer[3];
}

extern "C" int main() {
  overrun();
  freeco::console::write("not caught\n");
  return 0;
}
// CHECK-NOT: not caught
// CHECK: ERROR(freeco): stack smashing detected
// CHECK-NEXT: called from 0x
