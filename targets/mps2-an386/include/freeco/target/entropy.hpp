// Entropy on the MPS2 AN386: the FPGA image has no random number generator. entropy_word()
// gives 0, and the stack protector falls back to its fixed guard (abi/stack_protector.cpp).
#pragma once

#include <stdint.h>

namespace freeco::board {

inline constexpr bool has_entropy = false;

inline uint32_t entropy_word() { return 0; }

}  // namespace freeco::board
