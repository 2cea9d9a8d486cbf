// The legacy __sync_* builtins work on 1-, 2- and 4-byte objects: on the Cortex-M0 GCC and
// clang 14 call freeco's __sync_* functions for them (clang 19 its __atomic_* ones), on the
// Cortex-M4 they are inline.
#include <runtime_test.h>
#include <stdint.h>

namespace {
uint8_t byte = 0xf0;
int16_t half = -2;
uint32_t word = 10;
}  // namespace

extern "C" int main() {
  RUNTIME_CHECK(__sync_fetch_and_add(&byte, 0x20) == 0xf0 && byte == 0x10);
  RUNTIME_CHECK(__sync_sub_and_fetch(&half, 0x7fff) == 32767 && half == 32767);  // wraps
  RUNTIME_CHECK(__sync_or_and_fetch(&word, 5) == 15 && __sync_fetch_and_and(&word, 6) == 15 && word == 6);
  RUNTIME_CHECK(__sync_val_compare_and_swap(&byte, 0x11, 0x22) == 0x10 && byte == 0x10);
  RUNTIME_CHECK(__sync_bool_compare_and_swap(&byte, 0x10, 0x80) && byte == 0x80);
  RUNTIME_CHECK(__sync_lock_test_and_set(&word, 1) == 6 && word == 1);
  __sync_lock_release(&word);
  __sync_synchronize();
  RUNTIME_CHECK(word == 0);
  runtime_test::print("half: ", half);
  return 0;
}
// CHECK: half: 32767
