// A fault report reaches the serial console too: the polled UART works inside the fault
// handler, with nothing of the executor running.
// RUN: %{cxx} %{flags} %s -o %t.elf %{console_uart} %{link_flags}
// RUN: { %{run} --serial stdio %t.elf; echo "exit status: $?"; } | FileCheck %s %{arch_check}
// CHECK: before the fault
// CHECK-ARMV6M: ERROR(freeco): HardFault (fault)
// CHECK-ARMV7EM: ERROR(freeco): UsageFault (fault)
// CHECK: pc = 0x{{[0-9a-f]+}}
// CHECK-ARMV6M: exit status: 131{{$}}
// CHECK-ARMV7EM: exit status: 134{{$}}
#include <freeco/console.hpp>

int main() {
  freeco::console::write("before the fault\n");
  __builtin_trap();  // an undefined instruction
}
