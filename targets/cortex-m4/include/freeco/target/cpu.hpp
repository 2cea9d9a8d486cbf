// Cortex-M4F (ARMv7E-M with FPv4-SP): FPU to switch on, configurable faults, fault status
// registers to report.
#pragma once

#include <freeco/target/fault_status.hpp>
#include <freeco/target/mmio.hpp>
#include <stdint.h>

namespace freeco::cpu {

inline constexpr bool has_configurable_faults = true;

namespace scb {
inline volatile uint32_t& shcsr() { return mmio::reg(0xE000'ED24); }
inline volatile uint32_t& cpacr() { return mmio::reg(0xE000'ED88); }
}  // namespace scb

// Runs first in Reset_Handler, before any code that the compiler may have given FP instructions.
inline void init() {
  scb::cpacr() = scb::cpacr() | (0xFu << 20);  // CP10 and CP11: full access
  // Report MemManage, BusFault and UsageFault as themselves rather than as HardFault.
  scb::shcsr() = scb::shcsr() | (1u << 16) | (1u << 17) | (1u << 18);
  // The CPACR write must complete (dsb) and the pipeline refetch (isb) before the first FP
  // instruction, or that instruction takes a NOCP UsageFault.
  asm volatile("dsb\n\tisb" ::: "memory");
}

// What a fault report shows after the stacked registers (startup/fault.cpp), in this order,
// two to a line.
inline constexpr fault_status_register fault_status_registers[] = {
    {"cfsr ", 0xE000'ED28}, {"hfsr ", 0xE000'ED2C}, {"mmfar", 0xE000'ED34}, {"bfar ", 0xE000'ED38}};

}  // namespace freeco::cpu
