// REQUIRES: armv7em
// On the Cortex-M4, every masked window of the 8-byte atomics library is at most 16
// instructions long on every path (the Cortex-M0's budget), does not call out, loop or leave
// masked: tests/tools/window_check.py on a firmware that uses std::atomic<uint64_t> and links
// every 8-byte function. The CHECK lines make sure that the windows were found at all (all 25
// 8-byte functions have one; __atomic_is_lock_free has none).
// RUN: %{build}
// RUN: %{run} %t.elf
// RUN: %{objdump} -d -C %t.elf > %t.dis
// RUN: python3 %S/../../tools/window_check.py --limit 16 %t.dis > %t.windows
// RUN: FileCheck %s < %t.windows
// RUN: grep -c '^masked window: .* in __\(atomic\|sync\)_' %t.windows | FileCheck %s --check-prefix=COUNT
// CHECK-DAG: masked window: {{[0-9]+}} instructions {{.*}} in __atomic_load_8 at
// CHECK-DAG: masked window: {{[0-9]+}} instructions {{.*}} in __atomic_store_8 at
// CHECK-DAG: masked window: {{[0-9]+}} instructions {{.*}} in __atomic_compare_exchange_8 at
// CHECK-DAG: masked window: {{[0-9]+}} instructions {{.*}} in __sync_nand_and_fetch_8 at
// CHECK-DAG: masked window: {{[0-9]+}} instructions {{.*}} in __sync_val_compare_and_swap_8 at
// CHECK: longest masked window: {{([0-9]|1[0-6])}} instructions in
// COUNT: {{^}}25{{$}}
#include <atomic>
#include <stdint.h>

#include "Inputs/libcalls.h"

std::atomic<uint64_t> wide{4};

volatile uintptr_t keep;

extern "C" int main() {
  keep = libcall_addresses<unsigned long long>() + reinterpret_cast<uintptr_t>(atomic_is_lock_free);
  uint64_t expected = 4;
  wide.compare_exchange_strong(expected, 1ull << 40);
  wide.fetch_add(1);
  return wide.load() == (1ull << 40) + 1 ? 0 : 1;
}
