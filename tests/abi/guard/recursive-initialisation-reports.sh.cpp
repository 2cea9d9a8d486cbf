// An initialiser that calls back into the function that holds its static: the guard is in
// progress on the second entry, so it reports instead of waiting for ever, and exits 1.
// RUN: %{build}
// RUN: { %{run} %t.elf 2>&1; echo "exit status: $?"; } > %t.out
// RUN: FileCheck %s < %t.out
// RUN: llvm-symbolizer --obj=%t.elf $(sed -n 's/^  called from //p' %t.out) | FileCheck %s --check-prefix=WHERE
// CHECK: ERROR(freeco): a function-local static is initialised again while its initialisation runs: {{.*}}or its initialiser calls back into itself
// CHECK-NEXT: called from 0x
// CHECK-NEXT: exit status: 1
// WHERE: settings()
#include <stdint.h>

namespace {
volatile uint32_t depth = 0;
uint32_t& settings();

[[gnu::noinline]] uint32_t load_settings() {
  depth = depth + 1;
  return depth < 3 ? settings() + 1 : 100;  // the recursion would end, were it allowed
}

[[gnu::noinline]] uint32_t& settings() {
  static uint32_t value = load_settings();
  return value;
}
}  // namespace

extern "C" int main() { return settings() == 102 ? 0 : 2; }
