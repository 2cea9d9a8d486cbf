// `svc` with no SVC_Handler of the program's own is reported as SVCall (128 + 11).
// RUN: %{build}
// RUN: { %{run} %t.elf; echo "exit status: $?"; } 2>&1 | FileCheck %s
// CHECK: ERROR(freeco): SVCall with no handler: define SVC_Handler
// CHECK: exit status: 139

extern "C" int main() {
  asm volatile("svc #0");
  return 0;
}
