// A failed assert() (the C library's assert.h, through its __assert_func hook) names the
// expression, the function, the file and the line, and ends the firmware non-zero.
// clang finds no assert.h without a C library; GCC finds newlib's either way.
// REQUIRES: libc || gcc
// RUN: %{build}
// RUN: not %{run} %t.elf | FileCheck %s
#include <assert.h>

int twice(int x) { return 2 * x; }

extern "C" int main() {
  volatile int one = 1;
  assert(twice(one) == 3);
  return 0;
}
// CHECK: ERROR(freeco): assertion failed: twice(one) == 3
// CHECK-NEXT: in {{.*}}main{{.*}} at {{.*}}assert-reports.sh.cpp:13
