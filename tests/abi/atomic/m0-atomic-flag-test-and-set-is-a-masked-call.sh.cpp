// REQUIRES: armv6m
// On the Cortex-M0, std::atomic_flag::test_and_set is one call of __atomic_exchange_1, which
// runs masked, on all three compilers. (<atomic> does not use __atomic_test_and_set: GCC makes
// that a plain load and store there, which an interrupt can split, and clang 14 calls
// __sync_lock_test_and_set_1.) The run checks the flag's values.
// RUN: %{build}
// RUN: %{run} %t.elf
// RUN: %{objdump} -d --disassemble-symbols=main %t.elf | FileCheck %s
// CHECK-COUNT-3: bl {{.*}} <__atomic_exchange_1>
// CHECK-NOT: bl {{.*}} <__{{atomic|sync}}_
#include <atomic>

std::atomic_flag flag;

extern "C" int main() {
  const bool first = flag.test_and_set();
  const bool second = flag.test_and_set(std::memory_order_acquire);
  flag.clear();
  const bool third = flag.test_and_set(std::memory_order_relaxed);
  return !first && second && !third ? 0 : 1;
}
