// Zero-initialised thread_locals (.tbss) are zero, in the core's block, every time startup
// runs. QEMU hands us zeroed RAM, so a first boot alone proves nothing: main dirties them,
// restarts through Reset_Handler, and on the second pass they must be zero again. A flag in
// .noinit (which startup leaves alone) tells the passes apart.
#include <stdint.h>

#include "Inputs/tls_block.h"

extern "C" [[noreturn]] void Reset_Handler();

namespace {
thread_local uint32_t word;
thread_local uint8_t array[300];
[[gnu::section(".noinit")]] volatile uint32_t pass;
constexpr uint32_t second_pass = 0x5EC0'4D00;

bool zero() {
  if (word != 0) return false;
  for (auto byte : array) {
    if (byte != 0) return false;
  }
  return true;
}
}  // namespace

extern "C" int main() {
  if (!tls_block::holds(&word, sizeof word) || !tls_block::holds(array, sizeof array)) return 2;
  if (!zero()) return 1;
  if (pass == second_pass) return 0;
  word = 0xDEAD'BEEF;
  for (auto& byte : array) byte = 0xA5;
  if (zero()) return 3;
  pass = second_pass;
  Reset_Handler();
}
