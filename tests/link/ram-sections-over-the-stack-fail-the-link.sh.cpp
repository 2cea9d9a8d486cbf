// link.ld keeps the stack reservation free: every RAM section starts above it. A script edited
// so that the reservation takes no room (here: .stack left empty), which lets .data and .bss
// start at the bottom of RAM, inside the stack, is caught.
// RUN: mkdir -p %t.dir
// RUN: sed 's/\. += __freeco_stack_size;//' %{linker_script} > %t.dir/link.ld
// RUN: %{cxx} %{flags} -c %s -o %t.o
// RUN: not %{cxx} %t.o -o %t.elf -L%t.dir %{link_flags} 2>&1 | FileCheck %s
// CHECK: BUG(freeco): .data, thread-local storage, .bss or .noinit overlaps the stack reservation

volatile int zeroed[4];

extern "C" int main() { return zeroed[0]; }
