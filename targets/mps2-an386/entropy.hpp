// Entropy on the MPS2 AN386: the FPGA image has no random number generator, so the stack
// protector's guard is a fixed "terminator" value (a NUL, a newline and 0xff: string copies
// stop at it); it catches overruns, not an attacker who knows it.
#pragma once

#include <stdint.h>

namespace freeco::board {

inline constexpr bool has_entropy = false;

inline uint32_t entropy_word() { return 0x000a'ff0du; }

}  // namespace freeco::board
