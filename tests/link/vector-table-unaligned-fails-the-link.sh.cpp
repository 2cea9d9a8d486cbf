// A board whose flash starts at 0x80 cannot hold the 48-entry (192-byte) vector table where
// VTOR can point: it needs 256-byte alignment.
// RUN: mkdir -p %t.dir
// RUN: printf 'MEMORY { FLASH (rx) : ORIGIN = 0x80, LENGTH = 255K\n RAM (rwx) : ORIGIN = 0x20000000, LENGTH = 16K }\n' > %t.dir/memory.ld
// RUN: %{cxx} %{flags} -c %s -o %t.o
// RUN: not %{cxx} %t.o -o %t.elf -L%t.dir %{link_flags} 2>&1 | FileCheck %s
// CHECK: ERROR(freeco): the vector table is not aligned as VTOR requires

extern "C" int main() { return 0; }
