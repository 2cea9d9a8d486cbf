// Entropy on the nRF51822: its RNG peripheral (nRF51 Reference Manual, RNG), one random byte
// per VALRDY event. QEMU models it. Used to seed the stack protector's guard at startup.
#pragma once

#include <freeco/target/mmio.hpp>
#include <stdint.h>

namespace freeco::board {

inline constexpr bool has_entropy = true;

inline uint32_t entropy_word() {
  constexpr mmio::block rng{0x4000'D000};
  uint32_t word = 0;
  rng.at(0x000) = 1;  // TASKS_START
  for (int i = 0; i < 4; ++i) {
    while (rng.at(0x100) == 0) {  // EVENTS_VALRDY
    }
    rng.at(0x100) = 0;
    word = (word << 8) | (rng.at(0x508) & 0xFF);  // VALUE
  }
  rng.at(0x004) = 1;  // TASKS_STOP
  return word;
}

}  // namespace freeco::board
