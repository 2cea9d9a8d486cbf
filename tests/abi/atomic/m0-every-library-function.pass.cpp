// REQUIRES: armv6m
// Every atomics library function of abi/atomic_primask.cpp and atomic_primask_8.cpp, called
// directly for 1, 2, 4 and 8 bytes (whichever of them a compiler happens to emit), is right
// (Inputs/check_libcalls.h says what is checked).
#include "Inputs/check_libcalls.h"

extern "C" int main() {
  runtime_test::print("1 byte, functions checked: ", check::check_size<unsigned char>());
  runtime_test::print("2 bytes, functions checked: ", check::check_size<unsigned short>());
  runtime_test::print("4 bytes, functions checked: ", check::check_size<unsigned int>());
  runtime_test::print("8 bytes, functions checked: ", check::check_size<unsigned long long>());
  check::lock_free();
  return 0;
}
// CHECK: 1 byte, functions checked: 28
// CHECK: 2 bytes, functions checked: 28
// CHECK: 4 bytes, functions checked: 28
// CHECK: 8 bytes, functions checked: 28
// CHECK: 8 bytes at an odd address lock-free: 0
