// A firmware that never exits is killed at the runner's timeout, with its own message and
// status (124), distinct from any failure of the firmware's own.
// RUN: %{build}
// RUN: { %{run} --timeout 1 %t.elf; echo "exit status: $?"; } 2>&1 | FileCheck %s
// CHECK: qemu-run: TIMEOUT: {{.*}} did not exit within 1 s
// CHECK: exit status: 124

extern "C" int main() {
  for (;;) asm volatile("wfi");
}
