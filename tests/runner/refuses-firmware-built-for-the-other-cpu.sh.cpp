// The runner reads which CPU a firmware was built for (the mark freeco's headers leave,
// __freeco_cpu_<cpu>) and refuses to run it on a board with another CPU, in one line that names
// both and the board to use, with status 2; QEMU is not started. Before, a microbit firmware
// ran on mps2-an386 into a HardFault and the reverse into QEMU's lockup dump.
// RUN: %{build}
// RUN: { %{run} --board microbit %t.elf; echo "microbit: $?"; %{run} --board mps2-an386 %t.elf; echo "mps2-an386: $?"; } 2>&1 | FileCheck %s %{arch_check}
// CHECK-ARMV6M: microbit: 0
// CHECK-ARMV6M: qemu-run: {{.*}}.elf is built for a Cortex-M0, but mps2-an386 has a Cortex-M4: run it with --board microbit, or build it for mps2-an386
// CHECK-ARMV6M: mps2-an386: 2
// CHECK-ARMV7EM: qemu-run: {{.*}}.elf is built for a Cortex-M4, but microbit has a Cortex-M0: run it with --board mps2-an386, or build it for microbit
// CHECK-ARMV7EM: microbit: 2
// CHECK-ARMV7EM: mps2-an386: 0
int main() { return 0; }
