// The host tests' nvic.hpp (targets/cortex-m/nvic.hpp on the target): the host has no
// interrupt lines and its runtime no interrupt_executor, whose lines are all the runtime pends.
// A pend records the line, so that a test would see one it did not expect.
#pragma once

#include <stdint.h>

namespace freeco::host {
inline uint32_t pended_lines = 0;
}

namespace freeco::nvic {
inline void pend(unsigned irq) { host::pended_lines |= 1u << (irq % 32); }
inline uint8_t priority(unsigned) { return 0; }
}  // namespace freeco::nvic
