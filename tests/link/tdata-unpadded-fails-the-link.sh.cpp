// link.ld pads .tdata to a whole number of words because startup copies it into each core's
// block by words. A script edited so that .tdata may end unaligned (here: its closing ALIGN
// removed, and a 1-byte initialised thread_local) is caught.
// RUN: mkdir -p %t.dir
// RUN: sed '/^  \.tdata :/,/^  }/s/    \. = ALIGN(4);//' %{linker_script} > %t.dir/link.ld
// RUN: %{cxx} %{flags} -c %s -o %t.o
// RUN: not %{cxx} %t.o -o %t.elf -L%t.dir %{link_flags} 2>&1 | FileCheck %s
// CHECK: BUG(freeco): .tdata or the thread-local storage block is not a whole number of 4-byte words

thread_local char odd = 1;

extern "C" int main() { return odd - 1; }
