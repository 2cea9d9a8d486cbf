// REQUIRES: armv7em
// A load from an address nothing decodes is a precise BusFault; BFAR holds the address.
// RUN: %{build}
// RUN: { %{run} %t.elf; echo "exit status: $?"; } 2>&1 | FileCheck %s
// CHECK: ERROR(freeco): BusFault (fault)
// CHECK: cfsr = 0x00008200
// CHECK-NEXT: mmfar = 0x{{[0-9a-f]+}} bfar = 0x70000000
// CHECK: exit status: 133
#include <stdint.h>

extern "C" int main() { return static_cast<int>(*reinterpret_cast<volatile uint32_t*>(0x70000000)); }
