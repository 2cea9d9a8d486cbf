// A board whose RAM starts on a 4-byte boundary would start the stack (at the bottom of RAM)
// misaligned (AAPCS wants 8).
// RUN: mkdir -p %t.dir
// RUN: printf 'MEMORY { FLASH (rx) : ORIGIN = 0, LENGTH = 256K\n RAM (rwx) : ORIGIN = 0x20000004, LENGTH = 16K - 4 }\n' > %t.dir/memory.ld
// RUN: %{cxx} %{flags} -c %s -o %t.o
// RUN: not %{cxx} %t.o -o %t.elf -L%t.dir %{link_flags} 2>&1 | FileCheck %s
// CHECK: ERROR(freeco): the stack (at the bottom of RAM) is not 8-byte aligned

extern "C" int main() { return 0; }
