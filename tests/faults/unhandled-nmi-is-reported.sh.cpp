// A pended NMI with no handler of the program's own is reported and ends the run (128 + 2).
// RUN: %{build}
// RUN: { %{run} %t.elf; echo "exit status: $?"; } 2>&1 | FileCheck %s
// CHECK: ERROR(freeco): NMI with no handler: define NMI_Handler
// CHECK-NEXT: r0 =
// CHECK: exit status: 130
#include <stdint.h>

extern "C" int main() {
  *reinterpret_cast<volatile uint32_t*>(0xE000ED04) = 1u << 31;  // ICSR.NMIPENDSET
  asm volatile("dsb\n\tisb" ::: "memory");
  return 0;
}
