// link.ld keeps .data 4-aligned because startup copies it by words. A script edited so that
// .data may end unaligned (here: its closing ALIGN removed, and 3 bytes of .data) is caught.
// RUN: mkdir -p %t.dir
// RUN: sed 's/\. = ALIGN(4); __freeco_data_end/__freeco_data_end/' %{linker_script} > %t.dir/link.ld
// RUN: %{cxx} %{flags} -c %s -o %t.o
// RUN: not %{cxx} %t.o -o %t.elf -L%t.dir %{link_flags} 2>&1 | FileCheck %s
// CHECK: BUG(freeco): .data is not 4-byte aligned

volatile char odd[3] = {1, 2, 3};

extern "C" int main() { return odd[0] - 1; }
