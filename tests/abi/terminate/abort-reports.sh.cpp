// abort() says so and where, and ends the firmware non-zero; with a C library linked it is
// still this one (the C library's would go through signal handling and pull in malloc).
// RUN: %{build}
// RUN: not %{run} %t.elf | FileCheck %s
// RUN: llvm-nm --just-symbol-name %t.elf | FileCheck --check-prefix=SYMBOLS --implicit-check-not=malloc --implicit-check-not=raise %s
#include <cstdlib>

extern "C" int main() {
  std::abort();
}
// CHECK: ERROR(freeco): abort() called
// CHECK-NEXT: called from 0x
// SYMBOLS: abort
