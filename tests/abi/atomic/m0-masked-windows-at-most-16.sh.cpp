// REQUIRES: armv6m
// Every masked window of the atomics library is at most 16 instructions long on every path
// (the Cortex-M0 budget), does not call out, loop or leave masked: tests/tools/window_check.py
// on a firmware that uses std::atomic of every size and links every library function. The
// CHECK lines make sure that the windows were found at all (loads and stores of up to 4 bytes
// and __atomic_is_lock_free need none: 94 windows of the library's 101 functions).
// RUN: %{build}
// RUN: %{run} %t.elf
// RUN: %{objdump} -d -C %t.elf > %t.dis
// RUN: python3 %S/../../tools/window_check.py --limit 16 %t.dis > %t.windows
// RUN: FileCheck %s < %t.windows
// RUN: grep -c '^masked window: .* in __\(atomic\|sync\)_' %t.windows | FileCheck %s --check-prefix=COUNT
// CHECK-DAG: masked window: {{[0-9]+}} instructions {{.*}} in __atomic_fetch_add_1 at
// CHECK-DAG: masked window: {{[0-9]+}} instructions {{.*}} in __atomic_exchange_2 at
// CHECK-DAG: masked window: {{[0-9]+}} instructions {{.*}} in __atomic_compare_exchange_4 at
// CHECK-DAG: masked window: {{[0-9]+}} instructions {{.*}} in __atomic_load_8 at
// CHECK-DAG: masked window: {{[0-9]+}} instructions {{.*}} in __atomic_store_8 at
// CHECK-DAG: masked window: {{[0-9]+}} instructions {{.*}} in __atomic_compare_exchange_8 at
// CHECK-DAG: masked window: {{[0-9]+}} instructions {{.*}} in __sync_nand_and_fetch_8 at
// CHECK-DAG: masked window: {{[0-9]+}} instructions {{.*}} in __sync_val_compare_and_swap_8 at
// CHECK: longest masked window: {{([0-9]|1[0-6])}} instructions in
// COUNT: {{^}}94{{$}}
#include <atomic>
#include <stdint.h>

#include "Inputs/libcalls.h"

std::atomic<uint8_t> byte{1};
std::atomic<uint16_t> half{2};
std::atomic<uint32_t> word{3};
std::atomic<uint64_t> wide{4};

volatile uintptr_t keep;

extern "C" int main() {
  keep = libcall_addresses<unsigned char>() + libcall_addresses<unsigned short>() + libcall_addresses<unsigned int>() +
         libcall_addresses<unsigned long long>() + reinterpret_cast<uintptr_t>(atomic_is_lock_free);
  byte.fetch_add(1);
  half.fetch_xor(1);
  word.exchange(9);
  uint64_t expected = 4;
  wide.compare_exchange_strong(expected, 1ull << 40);
  wide.fetch_add(1);
  return byte.load() == 2 && half.load() == 3 && word.load() == 9 && wide.load() == (1ull << 40) + 1 ? 0 : 1;
}
