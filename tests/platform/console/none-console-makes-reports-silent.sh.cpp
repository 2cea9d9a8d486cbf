// With the silent console the runtime's reports are silent too (freeco/report.hpp): an
// unhandled exception, a stack overflow, a division by zero and (at -O0) a coroutine frame too
// large for every slot each end the run with the exit status the full report gives, print
// nothing, and the image carries none of the reports' code. (On the M0 a stack overflow locks the core up, and the runner says so on its stderr.)
// RUN: %{cxx} %{flags} -DCASE=1 %s -o %t.fault.elf %{console_none} %{link_flags}
// RUN: %{cxx} %{flags} -DCASE=2 %s -o %t.overflow.elf %{console_none} %{link_flags}
// RUN: %{cxx} %{flags} -DCASE=3 %s -o %t.divide.elf %{console_none} %{link_flags}
// RUN: %{cxx} %{flags} -O0 -DCASE=4 %s -o %t.too-large.elf %{console_none} %{link_flags}
// RUN: { echo start; %{run} %t.fault.elf; echo "fault: $?"; %{run} %t.overflow.elf; echo "overflow: $?"; %{run} %t.divide.elf; echo "divide: $?"; %{run} %t.too-large.elf; echo "too large: $?"; } 2>/dev/null | FileCheck %s %{arch_check}
// RUN: %{objdump} -d %t.fault.elf %t.overflow.elf %t.divide.elf %t.too-large.elf | FileCheck %s --check-prefix=IMAGE --implicit-check-not=fault_report --implicit-check-not=stack_overflow_report --implicit-check-not=write_hex --implicit-check-not=write_dec
// CHECK: start
// CHECK-ARMV6M-NEXT: fault: 131{{$}}
// CHECK-ARMV6M-NEXT: overflow: 131{{$}}
// CHECK-ARMV6M-NEXT: divide: 1{{$}}
// CHECK-ARMV7EM-NEXT: fault: 134{{$}}
// CHECK-ARMV7EM-NEXT: overflow: 132{{$}}
// CHECK-ARMV7EM-NEXT: divide: 134{{$}}
// CHECK-NEXT: too large: 1{{$}}
// IMAGE: <freeco_unhandled_exception>:
#include <freeco/executor.hpp>
#include <stdint.h>

#include "runaway_recursion.h"

volatile int32_t dividend = 42, divisor = 0;

#if CASE == 4  // built at -O0 only: at any other level this frame does not build
freeco::task<> too_large() {
  volatile unsigned char state[400];  // across the co_await: in the frame
  for (auto& b : state) b = 0;
  co_await freeco::yield();
  runaway_sink = state[7];
}
#endif

int main() {
#if CASE == 1
  asm volatile("udf #0");
#elif CASE == 2
  runaway_sink = runaway_recursion(1);
#elif CASE == 3
  runaway_sink = dividend / divisor;
#else
  auto t = too_large();
#endif
}
