// Coroutines whose promises declare no operator new take their frames from the C library's
// malloc when the firmware opts in (freeco::heap_malloc): generators, an over-aligned local
// across co_yield, nested lazy tasks; every frame is freed.
// REQUIRES: libc
// XFAIL: clang-14 && armv6m
// (clang 14's Thumb-1 back end aborts on the tail call it makes of a resume() at the end of
// await_suspend: llvm/llvm-project#60455.)
// RUN: %{cxx} %{flags} -I%S/Inputs -c %s -o %t.o
// RUN: %{cxx} %t.o %{heap_malloc} -o %t.elf %{link_flags}
// RUN: %{run} %t.elf | FileCheck %S/Inputs/heap-coroutines.check
#include <heap_coroutines.h>

extern "C" int main() {
  heap_coroutines::run(40);
  return 0;
}
