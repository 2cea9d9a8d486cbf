// REQUIRES: libc=newlib-nano
// newlib-nano's stdio allocates its FILE structures with malloc. Without the heap opt-in that
// is a firmware using a heap it did not ask for: the run ends with a message saying what to
// link, not with a fault somewhere inside newlib.
// RUN: %{build}
// RUN: { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s
// CHECK: ERROR(freeco): the C library called malloc, but this firmware has no heap
// CHECK-SAME: link the heap opt-in (freeco::heap_malloc, heap_malloc.o)
// CHECK: exit status: 1{{$}}
#include <stdio.h>

int main() {
  printf("never seen\n");
  return 0;
}
