// The stack protector's guard is set before main: from the RNG on the microbit (so it is not
// the fixed fallback), to the documented fixed value on the mps2-an386, which has no entropy
// source. A function that stays within its buffer returns normally.
// ADDITIONAL_COMPILE_FLAGS: -fstack-protector-strong
#include <runtime_test.h>
#include <stdint.h>

#include <freeco/target/entropy.hpp>

extern "C" uintptr_t __stack_chk_guard;

volatile unsigned length = 16;

[[gnu::noinline]] int fill() {
  char buffer[16];
  for (unsigned i = 0; i < length; ++i) buffer[i] = 'x';
  return buffer[3];
}

extern "C" int main() {
  RUNTIME_CHECK(__stack_chk_guard != 0);
  RUNTIME_CHECK((__stack_chk_guard != 0x000a'ff0du) == freeco::board::has_entropy);
  RUNTIME_CHECK(fill() == 'x');
  runtime_test::print("guard set: ", __stack_chk_guard != 0);
  return 0;
}
// CHECK: guard set: 1
