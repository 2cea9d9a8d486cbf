// The halting exit (exit_halt.o) ends a run without a debugger: what was printed stays, and
// the core sleeps with interrupts masked until something resets it. Under QEMU nothing does,
// so the runner's time limit ends the run.
// RUN: %{cxx} %{flags} %s -o %t.elf %{exit_halt} %{link_flags}
// RUN: { %{run} --timeout 1 %t.elf 2>&1; echo "exit status: $?"; } | FileCheck %s
// CHECK: the last words
// CHECK-NEXT: TIMEOUT: {{.*}} did not exit within 1 s
// CHECK-NEXT: exit status: 124{{$}}
#include <freeco/console.hpp>

int main() {
  freeco::console::write("the last words\n");
  return 0;
}
