// REQUIRES: armv6m
// ARMv6-M has no LDREX/STREX: a Cortex-M0 firmware using std::atomic of every size and
// atomic_flag contains none (they would fault) and calls freeco's __atomic_* functions instead.
// The control: the same source compiled for the Cortex-M4 has them, so the check sees
// exclusives when there are some.
// RUN: %{build}
// RUN: %{run} %t.elf
// RUN: %{objdump} -d %t.elf > %t.dis
// RUN: not grep -E '\s(ldrex|strex|clrex)[bhd]?\s' %t.dis
// RUN: FileCheck %s < %t.dis
// RUN: %{cxx} %{flags} %if clang %{ --target=thumbv7em-none-eabi %} -mcpu=cortex-m4 -c %s -o %t.m4.o
// RUN: %{objdump} -d %t.m4.o | grep -E '\s(ldrex|strex)[bh]?\s' | FileCheck %s --check-prefix=CONTROL
// CHECK-DAG: bl {{.*}} <__atomic_fetch_add_4>
// CHECK-DAG: bl {{.*}} <__atomic_compare_exchange_1>
// CHECK-DAG: bl {{.*}} <__atomic_exchange_1>
// CHECK-DAG: bl {{.*}} <__atomic_fetch_or_2>
// CHECK-DAG: bl {{.*}} <__atomic_fetch_add_8>
// CONTROL: ldrex
#include <atomic>
#include <stdint.h>

std::atomic<int> counter{40};
std::atomic<uint8_t> byte{1};
std::atomic<uint16_t> half{2};
std::atomic<uint64_t> wide{3};
std::atomic_flag flag;

extern "C" int main() {
  uint8_t expected = 1;
  bool ok = counter.fetch_add(2) == 40 && byte.compare_exchange_strong(expected, 5) && half.fetch_or(4) == 2;
  ok = ok && !flag.test_and_set() && flag.test_and_set();
  ok = ok && wide.fetch_add(1) == 3 && wide.load() == 4;
  return ok ? 0 : 1;
}
