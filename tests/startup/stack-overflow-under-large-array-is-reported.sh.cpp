// A local array larger than the whole stack (2 KiB) is caught when it is written, on both
// cores: ERROR(freeco): stack overflow and a non-zero status, never silent corruption.
// RUN: %{build}
// RUN: { %{run} %t.elf; echo "exit status: $?"; } 2>&1 | FileCheck %s
// CHECK: filling
// CHECK-NOT: filled
// CHECK: ERROR(freeco): stack overflow
// CHECK: exit status: 13{{[1-4]}}{{$}}
#include <freeco/console.hpp>
#include <stdint.h>

[[gnu::noinline]] uint32_t fill(uint32_t seed) {
  volatile uint32_t big[1024];  // 4 KiB
  for (uint32_t i = 0; i < 1024; ++i) big[i] = seed + i;
  return big[seed & 1023];
}

int main() {
  freeco::console::write("filling\n");
  const uint32_t value = fill(7);
  freeco::console::write("filled\n");
  return value == 14 ? 0 : 1;
}
