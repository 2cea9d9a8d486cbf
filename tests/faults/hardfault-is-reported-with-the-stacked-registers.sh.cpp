// An undefined instruction ends in HardFault on the M0; on the M4 too once UsageFault is
// switched off (the fault escalates: HFSR.FORCED). The report names it, dumps the stacked
// registers (pc at the faulting instruction) and exits with 128 + 3.
// RUN: %{build}
// RUN: { %{run} %t.elf; echo "exit status: $?"; } 2>&1 | FileCheck %s %{arch_check}
// CHECK: ERROR(freeco): HardFault (fault)
// CHECK-NEXT: r0 = 0x0000abcd r1 = 0x{{[0-9a-f]+}} r2 = 0x{{[0-9a-f]+}} r3 = 0x{{[0-9a-f]+}}
// CHECK-NEXT: r12 = 0x{{[0-9a-f]+}} lr = 0x{{[0-9a-f]+}} pc = 0x{{[0-9a-f]+}} xpsr = 0x{{[0-9a-f]+}}
// CHECK-ARMV7EM-NEXT: cfsr = 0x00010000 hfsr = 0x40000000
// CHECK: exit status: 131
#include <stdint.h>

extern "C" int main() {
  // SHCSR.USGFAULTENA off (Armv7-M only; the M0 has no SHCSR enables).
  if (__ARM_ARCH >= 7) {
    auto& shcsr = *reinterpret_cast<volatile uint32_t*>(0xE000ED24);
    shcsr = shcsr & ~(1u << 18);
  }
  register uint32_t r0 asm("r0") = 0xABCD;
  asm volatile("udf #0" : : "r"(r0));
  return 0;
}
