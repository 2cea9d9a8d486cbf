// REQUIRES: armv7em
// Executing from the System region (0xE0000000 up, execute-never in the default memory map)
// is a MemManage fault with CFSR.IACCVIOL.
// RUN: %{build}
// RUN: { %{run} %t.elf; echo "exit status: $?"; } 2>&1 | FileCheck %s
// CHECK: ERROR(freeco): MemManage (fault)
// CHECK: pc = 0xe0000000
// CHECK: cfsr = 0x00000001
// CHECK: exit status: 132

extern "C" int main() {
  auto code = reinterpret_cast<void (*)()>(0xE0000001);  // Thumb bit set
  code();
  return 0;
}
