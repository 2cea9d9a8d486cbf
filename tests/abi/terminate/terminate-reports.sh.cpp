// std::terminate() says so and where it was called from, and ends the firmware non-zero.
// RUN: %{build}
// RUN: not %{run} %t.elf > %t.out
// RUN: FileCheck %s < %t.out
// RUN: %{objdump} -d %t.elf | FileCheck --check-prefix=CALLER %s
#include <exception>

// The reported address is in this function, just after its call of std::terminate().
extern "C" [[gnu::noinline]] void give_up() { std::terminate(); }

extern "C" int main() {
  give_up();
  return 0;
}
// CHECK: ERROR(freeco): std::terminate() called
// CHECK-NEXT: called from 0x[[ADDRESS:[0-9a-f]+]]
// CALLER: <give_up>:
