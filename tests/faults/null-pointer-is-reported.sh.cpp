// REQUIRES: armv7em
// On the M4 the MPU makes the first 128 bytes of the address space untouchable: a read or a
// write through a null pointer faults and the report says so, with the address, while
// exceptions (whose vectors live there) still work.
// RUN: %{build} -DWRITE
// RUN: { %{run} %t.elf; echo "exit status: $?"; } 2>&1 | FileCheck %s
// RUN: %{build}
// RUN: { %{run} %t.elf; echo "exit status: $?"; } 2>&1 | FileCheck %s
// CHECK: SVC handled
// CHECK: ERROR(freeco): null pointer: a read or write near address 0 (MemManage)
// CHECK: mmfar = 0x00000008
// CHECK: DACCVIOL
// CHECK: exit status: 132{{$}}
#include <freeco/console.hpp>

struct node {
  int a, b, value;
};
node* volatile nothing = nullptr;
volatile bool svc_ran = false;

extern "C" void SVC_Handler() { svc_ran = true; }

int main() {
  asm volatile("svc #0");
  if (svc_ran) freeco::console::write("SVC handled\n");
#ifdef WRITE
  nothing->value = 1;
#else
  return nothing->value;
#endif
}
