// Runaway recursion runs the stack past its end: the run ends with ERROR(freeco): stack
// overflow and a non-zero status on both cores, and nothing below the stack is overwritten on
// the way (the stack sits at the bottom of RAM, under .data and .bss). On the M4 the MPU's
// guard below the stack catches it and the fault handler reports; on the M0 the core locks up
// and the runner reports.
// RUN: %{build}
// RUN: { %{run} %t.elf; echo "exit status: $?"; } 2>&1 | FileCheck %s
// CHECK: recursing
// CHECK-NOT: returned
// CHECK: ERROR(freeco): stack overflow
// CHECK: exit status: 13{{[1-4]}}{{$}}
#include <freeco/console.hpp>

#include "runaway_recursion.h"

int main() {
  freeco::console::write("recursing\n");
  runaway_sink = runaway_recursion(1);
  freeco::console::write("returned\n");
}
