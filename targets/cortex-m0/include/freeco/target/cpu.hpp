// Cortex-M0 (ARMv6-M): no FPU, no configurable fault handlers, no fault status registers.
// Every fault escalates to HardFault.
#pragma once

#include <freeco/target/fault_status.hpp>

namespace freeco::cpu {

// Vector slots 4-6 (MemManage, BusFault, UsageFault) and 12 (DebugMonitor) are reserved.
inline constexpr bool has_configurable_faults = false;

inline void init() {}

// ARMv6-M has no fault status registers: a fault report shows the stacked registers only.
inline constexpr fault_status_register fault_status_registers[1] = {{nullptr, 0}};
inline constexpr fault_status_bit fault_status_bits[1] = {{nullptr, 0, 0}};
inline const char* fault_headline(uint32_t) { return nullptr; }

}  // namespace freeco::cpu
