// link.ld starts .tdata (core 0's thread-local storage block) at the strictest alignment of
// any thread_local, and puts the thread pointer 8 bytes or that alignment before it, as both
// linkers assume. A script edited to ignore over-aligned thread_locals (here: the alignment
// fixed at 4, with 4 bytes of .data before the block and a 16-aligned thread_local) is caught.
// RUN: mkdir -p %t.dir
// RUN: sed 's/^__freeco_tls_align = .*;/__freeco_tls_align = 4;/' %{linker_script} > %t.dir/link.ld
// RUN: %{cxx} %{flags} -c %s -o %t.o
// RUN: not %{cxx} %t.o -o %t.elf -L%t.dir %{link_flags} 2>&1 | FileCheck %s
// CHECK: BUG(freeco): the thread-local storage block (.tdata) is not aligned to the strictest thread_local

volatile int data_word = 1;
thread_local int initialised = 2;
alignas(16) thread_local int aligned16;

extern "C" int main() { return data_word + initialised + aligned16; }
