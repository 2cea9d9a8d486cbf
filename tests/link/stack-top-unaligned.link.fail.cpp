// A board whose RAM ends on a 4-byte boundary would start the stack misaligned (AAPCS wants 8).
// RUN: mkdir -p %t.dir
// RUN: printf 'MEMORY { FLASH (rx) : ORIGIN = 0, LENGTH = 256K\n RAM (rwx) : ORIGIN = 0x20000000, LENGTH = 16K - 4 }\n' > %t.dir/memory.ld
// RUN: %{cxx} %{flags} -c %s -o %t.o
// RUN: not %{cxx} %t.o -o %t.elf -L%t.dir %{link_flags} 2>&1 | FileCheck %s
// CHECK: ERROR(freeco): the initial stack pointer (end of RAM) is not 8-byte aligned

extern "C" int main() { return 0; }
