// An enabled, pended interrupt whose handler the program did not define is reported by its
// IRQ number and ends the run (128 + 16 + 3).
// RUN: %{build}
// RUN: { %{run} %t.elf; echo "exit status: $?"; } 2>&1 | FileCheck %s
// CHECK: ERROR(freeco): unhandled interrupt IRQ 3: define its <NAME>_IRQHandler
// CHECK-NEXT: r0 =
// CHECK: exit status: 147
#include <freeco/target/nvic.hpp>

extern "C" int main() {
  freeco::nvic::enable(3);
  freeco::nvic::pend(3);
  asm volatile("dsb\n\tisb" ::: "memory");
  return 0;
}
