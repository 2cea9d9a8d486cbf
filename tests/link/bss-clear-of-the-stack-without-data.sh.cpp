// A firmware with no initialised data and no thread_local still gets its .bss after the
// stack reservation, not on top of it: GNU ld once put .bss at the bottom of RAM whenever .data
// was empty, so the stack and the zeroed statics shared their bytes.
// RUN: %{build}
// RUN: llvm-nm %t.elf | python3 -c "import sys; v = {l.split()[2]: int(l.split()[0], 16) for l in sys.stdin if l.count(' ') == 2}; sys.exit(not v['__freeco_bss_start'] >= v['__freeco_stack_top'] > v['__freeco_stack_limit'])"
// RUN: %{run} %t.elf | FileCheck %s
#include <runtime_test.h>
#include <stdint.h>

namespace {
uint32_t statics[64];  // .bss only: nothing in this file is initialised to non-zero

// Uses about 1 KiB of stack, and writes all of it.
[[gnu::noinline]] uint32_t deep(int depth) {
  volatile uint32_t frame[30];
  for (auto& word : frame) word = 0xdeadbeef;
  return depth == 0 ? frame[0] : deep(depth - 1) + frame[depth % 30];
}
}  // namespace

extern "C" int main() {
  for (uint32_t i = 0; i < 64; ++i) statics[i] = i;
  deep(8);
  uint32_t intact = 0;
  for (uint32_t i = 0; i < 64; ++i) intact += statics[i] == i;
  runtime_test::print("statics intact: ", intact);
  return 0;
}
// CHECK: statics intact: 64
