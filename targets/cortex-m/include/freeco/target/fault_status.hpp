// A fault status register a fault report shows (cpu.hpp lists them per CPU): its name, padded
// to five characters, and its address. A null name ends a list.
#pragma once

#include <stdint.h>

namespace freeco::cpu {

struct fault_status_register {
  const char* name;
  uintptr_t address;
};

}  // namespace freeco::cpu
