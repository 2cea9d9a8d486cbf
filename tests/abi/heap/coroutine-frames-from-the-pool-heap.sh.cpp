// Coroutines whose promises declare no operator new take their frames from the pool heap
// (FREECO_HEAP_FROM_POOL): generators, an over-aligned local across co_yield, nested lazy
// tasks; every block goes back to its class.
// XFAIL: clang-14 && armv6m
// (clang 14's Thumb-1 back end aborts on the tail call it makes of a resume() at the end of
// await_suspend: llvm/llvm-project#60455.)
// RUN: %{cxx} %{flags} -I%S/Inputs -c %s -o %t.o
// RUN: %{cxx} %t.o -o %t.elf %{link_flags}
// RUN: %{run} %t.elf | FileCheck %S/Inputs/heap-coroutines.check
#include <freeco/heap_pool.hpp>
#include <heap_coroutines.h>

namespace {
constinit freeco::frame_pools<freeco::frame_pool<64, 8>, freeco::frame_pool<160, 4>> heap_blocks;
}
FREECO_HEAP_FROM_POOL(heap_blocks);

extern "C" int main() {
  heap_coroutines::run(40);
  RUNTIME_CHECK(heap_blocks.stats(0).in_use == 0 && heap_blocks.stats(1).in_use == 0);
  return 0;
}
