// link.ld keeps .bss 4-aligned because startup zeroes it by words. A script edited so that
// .bss may end unaligned (here: its closing ALIGN removed, and 3 bytes of .bss) is caught.
// RUN: mkdir -p %t.dir
// RUN: sed 's/\. = ALIGN(4); __freeco_bss_end/__freeco_bss_end/' %{linker_script} > %t.dir/link.ld
// RUN: %{cxx} %{flags} -c %s -o %t.o
// RUN: not %{cxx} %t.o -o %t.elf -L%t.dir %{link_flags} 2>&1 | FileCheck %s
// CHECK: BUG(freeco): .bss is not 4-byte aligned

volatile char odd[3];

extern "C" int main() { return odd[0]; }
