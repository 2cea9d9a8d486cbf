// REQUIRES: armv6m
// The atomics library functions are linked only when used: a firmware without atomics has none
// of them, one whose only atomic operation is an int fetch_add has exactly
// __atomic_fetch_add_4 (each function is a section of its own, the rest is collected).
// RUN: %{build}
// RUN: %{run} %t.elf
// RUN: llvm-nm %t.elf > %t.symbols
// RUN: not grep -E '__(atomic|sync)_' %t.symbols
// RUN: %{cxx} %{flags} -DUSE_FETCH_ADD %s -o %t.used.elf %{link_flags}
// RUN: %{run} %t.used.elf
// RUN: llvm-nm %t.used.elf | FileCheck %s --implicit-check-not=__atomic_ --implicit-check-not=__sync_
// CHECK: T __atomic_fetch_add_4
#include <atomic>

std::atomic<int> counter{5};
volatile int plain = 5;

extern "C" int main() {
#ifdef USE_FETCH_ADD
  return counter.fetch_add(1) == 5 ? 0 : 1;
#else
  plain = plain + 1;
  return plain == 6 ? 0 : 1;
#endif
}
