// An enabled, pended interrupt whose handler the program did not define is reported by its
// IRQ number and ends the run (128 + 16 + 3).
// RUN: %{build}
// RUN: { %{run} %t.elf; echo "exit status: $?"; } 2>&1 | FileCheck %s
// CHECK: ERROR(freeco): unhandled interrupt IRQ 3: define its <NAME>_IRQHandler
// CHECK-NEXT: r0 =
// CHECK: exit status: 147
#include <stdint.h>

extern "C" int main() {
  *reinterpret_cast<volatile uint32_t*>(0xE000E100) = 1u << 3;  // NVIC_ISER0
  *reinterpret_cast<volatile uint32_t*>(0xE000E200) = 1u << 3;  // NVIC_ISPR0
  asm volatile("dsb\n\tisb" ::: "memory");
  return 0;
}
