// REQUIRES: armv7em
// On the Cortex-M4 the atomics library has the 8-byte functions only (abi/atomic_primask_8.cpp;
// smaller atomics are inline LDREX/STREX), and each of them, called directly, is right
// (Inputs/check_libcalls.h says what is checked), as is __atomic_is_lock_free for every size.
#include "Inputs/check_libcalls.h"

extern "C" int main() {
  runtime_test::print("8 bytes, functions checked: ", check::check_size<unsigned long long>());
  check::lock_free();
  return 0;
}
// CHECK: 8 bytes, functions checked: 28
// CHECK: 8 bytes at an odd address lock-free: 0
