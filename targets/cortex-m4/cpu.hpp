// Cortex-M4F (ARMv7E-M with FPv4-SP): FPU to switch on, configurable faults, fault status
// registers to report.
#pragma once

#include <freeco/console.hpp>
#include <stdint.h>

namespace freeco::cpu {

inline constexpr bool has_configurable_faults = true;

namespace scb {
inline volatile uint32_t& reg(uintptr_t address) { return *reinterpret_cast<volatile uint32_t*>(address); }
inline volatile uint32_t& shcsr() { return reg(0xE000'ED24); }
inline volatile uint32_t& cfsr() { return reg(0xE000'ED28); }
inline volatile uint32_t& hfsr() { return reg(0xE000'ED2C); }
inline volatile uint32_t& mmfar() { return reg(0xE000'ED34); }
inline volatile uint32_t& bfar() { return reg(0xE000'ED38); }
inline volatile uint32_t& cpacr() { return reg(0xE000'ED88); }
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

inline void report_fault_status() {
  console::write("  cfsr  = ");
  console::write_hex(scb::cfsr());
  console::write("  hfsr  = ");
  console::write_hex(scb::hfsr());
  console::write("\n  mmfar = ");
  console::write_hex(scb::mmfar());
  console::write("  bfar  = ");
  console::write_hex(scb::bfar());
  console::write("\n");
}

}  // namespace freeco::cpu
