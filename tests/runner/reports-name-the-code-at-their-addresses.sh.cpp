// The runner turns the code addresses of a report (pc, lr, called from) into the function
// there and, with debug information, its file and line, so that a fault reads like a
// backtrace with no extra step. Piped output only; a terminal gets the firmware's bytes.
// RUN: %{build} -g
// RUN: { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s
// RUN: %{build} -g -DPANIC
// RUN: { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s --check-prefix=PANIC
// CHECK: ERROR(freeco):
// CHECK: pc = 0x{{[0-9a-f]+}} xpsr = 0x{{[0-9a-f]+}} <- lr: main at {{.*}}reports-name-the-code-at-their-addresses.sh.cpp:{{[0-9]+}}, pc: crash_here() at {{.*}}reports-name-the-code-at-their-addresses.sh.cpp:18
// PANIC: ERROR(freeco): given up
// PANIC-NEXT: called from 0x{{[0-9a-f]+}} <- called from: main at {{.*}}reports-name-the-code-at-their-addresses.sh.cpp:{{[0-9]+}}
#include <freeco/panic.hpp>

volatile int keep;

[[gnu::noinline]] void crash_here() {
  keep = 1;
  asm volatile("udf #0");  // line 18 (CHECK above)
}

int main() {
#ifdef PANIC
  freeco::panic("ERROR(freeco): given up");
#else
  crash_here();
  keep = 2;
  return 0;
#endif
}
