// Startup copies .data from flash and zeroes .bss, every time it runs. QEMU hands us zeroed
// RAM, so a first boot alone proves nothing about .bss: main dirties both, then restarts
// through Reset_Handler; on the second pass .data must be back to its image and .bss zero.
// A flag in .noinit (which startup leaves alone) tells the passes apart.
#include <stdint.h>

extern "C" [[noreturn]] void Reset_Handler();

namespace {
volatile int32_t initialised = 42;
volatile int64_t initialised_wide = -5'000'000'000;
volatile uint32_t zeroed;
volatile uint8_t zeroed_array[300];
[[gnu::section(".noinit")]] volatile uint32_t pass;
constexpr uint32_t second_pass = 0x5EC0'4D00;

bool image_intact() {
  if (initialised != 42 || initialised_wide != -5'000'000'000) return false;
  if (zeroed != 0) return false;
  for (auto byte : zeroed_array) {
    if (byte != 0) return false;
  }
  return true;
}
}  // namespace

extern "C" int main() {
  if (!image_intact()) return 1;
  if (pass == second_pass) return 0;
  initialised = 7;
  initialised_wide = 7;
  zeroed = 0xDEAD'BEEF;
  for (auto& byte : zeroed_array) byte = 0xA5;
  pass = second_pass;
  Reset_Handler();
}
