// Entropy on the nRF51822: its RNG peripheral (nRF51 Reference Manual, RNG), one random byte
// per VALRDY event. QEMU models it. Used to seed the stack protector's guard at startup.
#pragma once

#include <stdint.h>

namespace freeco::board {

inline constexpr bool has_entropy = true;

inline uint32_t entropy_word() {
  auto reg = [](uintptr_t offset) -> volatile uint32_t& { return *reinterpret_cast<volatile uint32_t*>(0x4000'D000 + offset); };
  uint32_t word = 0;
  reg(0x000) = 1;  // TASKS_START
  for (int i = 0; i < 4; ++i) {
    while (reg(0x100) == 0) {  // EVENTS_VALRDY
    }
    reg(0x100) = 0;
    word = (word << 8) | (reg(0x508) & 0xFF);  // VALUE
  }
  reg(0x004) = 1;  // TASKS_STOP
  return word;
}

}  // namespace freeco::board
