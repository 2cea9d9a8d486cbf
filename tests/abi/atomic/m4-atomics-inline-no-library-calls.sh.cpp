// REQUIRES: armv7em
// On the Cortex-M4, std::atomic of 1, 2 and 4 bytes compiles to LDREX/STREX inline: the object
// calls no __atomic_* or __sync_* function, and the firmware's code has the exclusives.
// The control: the same source with an 8-byte atomic added (no LDREXD on ARMv7-M) does call
// one, so the symbol check sees a library call when there is one.
// RUN: %{cxx} %{flags} -c %s -o %t.o
// RUN: %{cxx} %t.o -o %t.elf %{link_flags}
// RUN: %{run} %t.elf
// RUN: llvm-nm -u %t.o > %t.undefined
// RUN: not grep -E '__(atomic|sync)_' %t.undefined
// RUN: %{objdump} -d %t.elf | grep -c -E '^ +[0-9a-f]+:.*\sldrex[bh]?\s' | FileCheck %s --check-prefix=EXCLUSIVES
// RUN: %{cxx} %{flags} -DCONTROL_WITH_8_BYTES -c %s -o %t.control.o
// RUN: llvm-nm -u %t.control.o | grep -E '__(atomic|sync)_' | FileCheck %s --check-prefix=CONTROL
// EXCLUSIVES: {{^[1-9][0-9]*$}}
// CONTROL: __atomic_fetch_add_8
#include <atomic>
#include <stdint.h>

std::atomic<int> counter{40};
std::atomic<uint8_t> byte{0x0f};
std::atomic<uint16_t> half{7};
std::atomic<bool> ready{false};
std::atomic_flag flag;
#ifdef CONTROL_WITH_8_BYTES
std::atomic<uint64_t> wide{0};
#endif

extern "C" int main() {
  int expected = 42;
  bool ok = counter.fetch_add(2) == 40 && counter.compare_exchange_strong(expected, 7) &&
            !counter.compare_exchange_weak(expected, 8) && counter.exchange(9) == 7 && counter.fetch_sub(1) == 9;
  ok = ok && byte.fetch_or(0xf0) == 0x0f && byte.fetch_and(0x3c) == 0xff && byte.fetch_xor(1) == 0x3c;
  ok = ok && half.fetch_add(1) == 7 && !ready.exchange(true) && !flag.test_and_set();
  counter.store(1);
#ifdef CONTROL_WITH_8_BYTES
  wide.fetch_add(1);
#endif
  return ok && counter.load() == 1 && ready.load() ? 0 : 1;
}
