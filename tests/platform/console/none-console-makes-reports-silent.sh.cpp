// With the silent console the runtime's reports are silent too (freeco/report.hpp): an
// unhandled exception, a stack overflow and a division by zero each end the run with the exit
// status the full report gives, print nothing, and the image carries none of the reports'
// code. (On the M0 a stack overflow locks the core up, and the runner says so on its stderr.)
// RUN: %{cxx} %{flags} -DCASE=1 %s -o %t.fault.elf %{console_none} %{link_flags}
// RUN: %{cxx} %{flags} -DCASE=2 %s -o %t.overflow.elf %{console_none} %{link_flags}
// RUN: %{cxx} %{flags} -DCASE=3 %s -o %t.divide.elf %{console_none} %{link_flags}
// RUN: { echo start; %{run} %t.fault.elf; echo "fault: $?"; %{run} %t.overflow.elf; echo "overflow: $?"; %{run} %t.divide.elf; echo "divide: $?"; } 2>/dev/null | FileCheck %s %{arch_check}
// RUN: %{objdump} -d %t.fault.elf %t.overflow.elf %t.divide.elf | FileCheck %s --check-prefix=IMAGE --implicit-check-not=fault_report --implicit-check-not=stack_overflow_report --implicit-check-not=write_hex --implicit-check-not=write_dec
// CHECK: start
// CHECK-ARMV6M-NEXT: fault: 131{{$}}
// CHECK-ARMV6M-NEXT: overflow: 131{{$}}
// CHECK-ARMV6M-NEXT: divide: 1{{$}}
// CHECK-ARMV7EM-NEXT: fault: 134{{$}}
// CHECK-ARMV7EM-NEXT: overflow: 132{{$}}
// CHECK-ARMV7EM-NEXT: divide: 134{{$}}
// IMAGE: <freeco_unhandled_exception>:
#include <stdint.h>

#include "runaway_recursion.h"

volatile int32_t dividend = 42, divisor = 0;

int main() {
#if CASE == 1
  asm volatile("udf #0");
#elif CASE == 2
  runaway_sink = runaway_recursion(1);
#else
  runaway_sink = dividend / divisor;
#endif
}
