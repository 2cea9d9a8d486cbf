// Integer division by zero ends the run with ERROR(freeco): divide by zero and a non-zero
// status on both cores, instead of giving 0: the M4's SDIV traps (CCR.DIV_0_TRP, a
// UsageFault with DIVBYZERO), the M0's division routine calls __aeabi_idiv0; 64-bit division
// goes through __aeabi_ldiv0 on both.
// RUN: %{build} -DWIDTH=32
// RUN: { %{run} %t.elf; echo "exit status: $?"; } 2>&1 | FileCheck %s %{arch_check}
// RUN: %{build} -DWIDTH=64
// RUN: { %{run} %t.elf; echo "exit status: $?"; } 2>&1 | FileCheck %s --check-prefix=WIDE
// CHECK: dividing
// CHECK-NOT: quotient
// CHECK-ARMV6M: ERROR(freeco): divide by zero
// CHECK-ARMV6M-NEXT: called from 0x{{[0-9a-f]+}}
// CHECK-ARMV6M: exit status: 1{{$}}
// CHECK-ARMV7EM: ERROR(freeco): divide by zero (UsageFault)
// CHECK-ARMV7EM: DIVBYZERO (integer division by zero)
// CHECK-ARMV7EM: exit status: 134{{$}}
// WIDE: dividing
// WIDE-NOT: quotient
// WIDE: ERROR(freeco): divide by zero
// WIDE: exit status: 1{{$}}
#include <freeco/console.hpp>
#include <stdint.h>

#if WIDTH == 64
using number = int64_t;
#else
using number = int32_t;
#endif
volatile number dividend = 42, divisor = 0, quotient;

int main() {
  freeco::console::write("dividing\n");
  quotient = dividend / divisor;  // a volatile store: the division cannot move past the write
  freeco::console::write("quotient ");
  freeco::console::write_dec(static_cast<int32_t>(quotient));
  freeco::console::write("\n");
}
