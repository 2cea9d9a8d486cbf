// Zero-initialised thread_locals take no room in the image, but each core's block does in RAM:
// 20000 bytes of them do not fit a 16 KiB RAM (the micro:bit's, given here as this test's own
// memory.ld so that it holds on every board), and the link says RAM overflow.
// RUN: mkdir -p %t.dir
// RUN: printf 'MEMORY { FLASH (rx) : ORIGIN = 0, LENGTH = 256K\n RAM (rwx) : ORIGIN = 0x20000000, LENGTH = 16K }\n' > %t.dir/memory.ld
// RUN: %{cxx} %{flags} -c %s -o %t.o
// RUN: not %{cxx} %t.o -o %t.elf -L%t.dir %{link_flags} 2>&1 | FileCheck %s
// CHECK: ERROR(freeco): RAM overflow

thread_local char scratch[20000];

extern "C" int main() { return scratch[0]; }
