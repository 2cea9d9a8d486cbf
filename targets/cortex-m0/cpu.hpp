// Cortex-M0 (ARMv6-M): no FPU, no configurable fault handlers, no fault status registers.
// Every fault escalates to HardFault.
#pragma once

namespace freeco::cpu {

// Vector slots 4-6 (MemManage, BusFault, UsageFault) and 12 (DebugMonitor) are reserved.
inline constexpr bool has_configurable_faults = false;

inline void init() {}

inline void report_fault_status() {}

}  // namespace freeco::cpu
