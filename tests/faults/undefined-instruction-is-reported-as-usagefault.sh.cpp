// REQUIRES: armv7em
// An undefined instruction is a UsageFault (CFSR.UNDEFINSTR) on the M4.
// RUN: %{build}
// RUN: { %{run} %t.elf; echo "exit status: $?"; } 2>&1 | FileCheck %s
// CHECK: ERROR(freeco): UsageFault (fault)
// CHECK: cfsr = 0x00010000 hfsr = 0x00000000
// CHECK: exit status: 134

extern "C" int main() {
  asm volatile("udf #0");
  return 0;
}
