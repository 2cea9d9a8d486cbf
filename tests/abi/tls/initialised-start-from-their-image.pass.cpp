// Initialised thread_locals (.tdata) start with their initialisers, in the core's block, every
// time startup runs: main changes them, restarts through Reset_Handler, and on the second pass
// they must be back to the image. A 3-byte array makes .tdata end off a word boundary. A flag
// in .noinit (which startup leaves alone) tells the passes apart.
#include <stdint.h>

#include "Inputs/tls_block.h"

extern "C" [[noreturn]] void Reset_Handler();

namespace {
thread_local int32_t word = 42;
thread_local int64_t wide = -5'000'000'000;
thread_local char bytes[3] = {'a', 'b', 'c'};
[[gnu::section(".noinit")]] volatile uint32_t pass;
constexpr uint32_t second_pass = 0x5EC0'4D00;

bool image_intact() {
  return word == 42 && wide == -5'000'000'000 && bytes[0] == 'a' && bytes[1] == 'b' && bytes[2] == 'c';
}
}  // namespace

extern "C" int main() {
  if (!tls_block::holds(&word, sizeof word) || !tls_block::holds(&wide, sizeof wide) ||
      !tls_block::holds(bytes, sizeof bytes)) {
    return 2;
  }
  if (!image_intact()) return 1;
  if (pass == second_pass) return 0;
  word = 7;
  wide = 7;
  bytes[2] = 'z';
  if (word + wide != 14 || bytes[2] != 'z') return 3;
  pass = second_pass;
  Reset_Handler();
}
