// With the silent console (console_none.o) nothing is printed on either channel, panics
// included, and none of the semihosting console's code is in the image; the exit status
// still comes through.
// RUN: %{cxx} %{flags} %s -o %t.elf %{console_none} %{link_flags}
// RUN: { %{run} --serial stdio %t.elf; echo "exit status: $?"; } | FileCheck %s
// RUN: %{objdump} -d %t.elf | FileCheck %s --check-prefix=IMAGE
// CHECK-NOT: {{.}}
// CHECK: exit status: 1{{$}}
// IMAGE: <_ZN6freeco7console4sinkEPKcj>:
// IMAGE-NEXT: bx lr
#include <freeco/console.hpp>
#include <freeco/panic.hpp>

int main() {
  freeco::console::write("nobody hears this\n");
  freeco::panic("ERROR(freeco): nor this");
}
