// A fault status register a fault report shows (cpu.hpp lists them per CPU): its name, padded
// to five characters, and its address. A null name ends a list.
#pragma once

#include <stdint.h>

namespace freeco::cpu {

struct fault_status_register {
  const char* name;
  uintptr_t address;
};

// A bit of a fault status register, and the word a report prints when it is set (cpu.hpp
// lists them per CPU, in the architecture's names). A null name ends a list.
struct fault_status_bit {
  const char* name;
  uintptr_t address;
  uint32_t mask;
};

}  // namespace freeco::cpu
