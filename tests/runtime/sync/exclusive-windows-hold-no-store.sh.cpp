// REQUIRES: armv7em
// On the Cortex-M4 every atomic update (cpu::atomic_update: LDREX, the update, STREX) holds no
// store, call or loop between its LDREX and its STREX, in every function the compilers inlined
// it into: a spill there is legal code, but whether a store clears the local monitor is
// implementation defined, and if it does the update retries for ever. tests/tools/window_check.py
// --kind exclusive checks the firmware of masked-windows-at-most-16.sh.cpp, which reaches
// every atomic update of the runtime. First the script itself: hand-written windows that break
// each rule must make it fail.
// RUN: %{cxx} %{flags} -c %S/Inputs/exclusive-windows.cpp -o %t.inputs.o
// RUN: %{objdump} -d %t.inputs.o > %t.inputs.dis
// RUN: not python3 %S/../../tools/window_check.py --kind exclusive --limit 16 %t.inputs.dis > %t.inputs.out 2>&1
// RUN: FileCheck %S/Inputs/exclusive-windows.cpp --implicit-check-not=ERROR < %t.inputs.out
//
// RUN: %{cxx} %{flags} %S/masked-windows-at-most-16.sh.cpp -o %t.elf %{link_flags}
// RUN: %{run} --icount %t.elf
// RUN: %{objdump} -d -C %t.elf > %t.dis
// RUN: python3 %S/../../tools/window_check.py --kind exclusive --limit 16 %t.dis > %t.windows
// RUN: FileCheck %s < %t.windows
// (Where the compilers inline an update differs: these three are out of line with all three.)
// CHECK-DAG: exclusive window: {{[0-9]+}} instructions {{.*}} in freeco::executor::wake_from_interrupt(freeco::detail::task_node&) at
// CHECK-DAG: exclusive window: {{[0-9]+}} instructions {{.*}} in freeco::executor::unqueue(freeco::detail::task_node&) at
// CHECK-DAG: exclusive window: {{[0-9]+}} instructions {{.*}} in freeco::channel<int, 1{{u?}}>::
// CHECK: longest exclusive window: {{[0-9]+}} instructions in
