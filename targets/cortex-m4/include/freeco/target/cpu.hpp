// Cortex-M4F (ARMv7E-M with FPv4-SP): FPU to switch on, configurable faults, an MPU guarding
// the stack's end and address 0, fault status registers to report.
#pragma once

#include <freeco/target/fault_status.hpp>
#include <freeco/target/mmio.hpp>
#include <stdint.h>

extern "C" char __freeco_stack_limit[];  // link.ld: the stack's lowest address, 8-aligned

namespace freeco::cpu {

inline constexpr bool has_configurable_faults = true;

namespace scb {
inline volatile uint32_t& ccr() { return mmio::reg(0xE000'ED14); }
inline volatile uint32_t& shcsr() { return mmio::reg(0xE000'ED24); }
inline volatile uint32_t& cpacr() { return mmio::reg(0xE000'ED88); }
}  // namespace scb

// The MPU (ARMv7-M ARM B3.5): two regions nobody may touch, the default memory map elsewhere.
namespace mpu {
inline volatile uint32_t& ctrl() { return mmio::reg(0xE000'ED94); }
// RBAR and RASR, then their first alias pair: with RBAR's VALID bit a write also selects the
// region (RBAR's low bits), so two regions take four stores and no RNR write.
inline volatile uint32_t& rbar(unsigned pair) { return mmio::reg(0xE000'ED9C + 8 * pair); }
inline volatile uint32_t& rasr(unsigned pair) { return mmio::reg(0xE000'EDA0 + 8 * pair); }
constexpr uint32_t valid_region(unsigned region) { return (1u << 4) | region; }
// RASR for 2^log2_size bytes with no access and no execution (AP 000, XN), enabled.
constexpr uint32_t no_access(unsigned log2_size) { return (1u << 28) | ((log2_size - 1) << 1) | 1u; }
// The guard: the address space right below the stack, which link.ld puts at the bottom of RAM,
// up to 64 KiB (as large as the stack's alignment allows: an MPU region is aligned to its
// size). A stack that runs past its end writes into it first and takes a MemManage fault; it
// must be larger than any one stack frame, or a frame could jump over it. It costs no RAM.
inline constexpr unsigned guard_max_log2_size = 16;
inline unsigned guard_log2_size(uintptr_t limit) {
  const unsigned alignment = static_cast<unsigned>(__builtin_ctz(limit));
  return alignment < guard_max_log2_size ? alignment : guard_max_log2_size;
}
// The null region: the first 128 bytes, so that reads and writes through a null pointer (or
// a small offset from one) fault. Only the vector table is there, and the core's own vector
// fetches do not go through the MPU.
inline constexpr unsigned null_log2_size = 7;
}  // namespace mpu

// Runs first in Reset_Handler, before any code that the compiler may have given FP instructions.
inline void init() {
  // Whole values rather than read-modify-writes: these run first after reset, when the
  // registers hold their reset values (0, and STKALIGN in CCR), so nothing else is lost.
  scb::cpacr() = 0xFu << 20;  // CP10 and CP11: full access
  // Report MemManage, BusFault and UsageFault as themselves rather than as HardFault.
  scb::shcsr() = (1u << 16) | (1u << 17) | (1u << 18);
  // STKALIGN (8-byte aligned exception frames, the AAPCS's stack alignment) as at reset, and
  // DIV_0_TRP: SDIV and UDIV by zero trap (a UsageFault, DIVBYZERO) instead of giving 0.
  scb::ccr() = (1u << 9) | (1u << 4);
  const uintptr_t limit = reinterpret_cast<uintptr_t>(__freeco_stack_limit);
  const unsigned guard = mpu::guard_log2_size(limit);
  // An MPU region has at least 32 bytes (RAM starts that aligned on any part): a smaller
  // alignment leaves region 0 disabled.
  const bool guarded = guard >= 5;
  mpu::rbar(0) = (guarded ? limit - (uintptr_t{1} << guard) : 0) | mpu::valid_region(0);
  mpu::rasr(0) = guarded ? mpu::no_access(guard) : 0;
  mpu::rbar(1) = 0 | mpu::valid_region(1);
  mpu::rasr(1) = mpu::no_access(mpu::null_log2_size);
  // PRIVDEFENA (the default map outside the regions) and ENABLE; not HFNMIENA, so HardFault
  // and NMI handlers run with the MPU off.
  mpu::ctrl() = (1u << 2) | 1u;
  // The CPACR write must complete (dsb) and the pipeline refetch (isb) before the first FP
  // instruction, or that instruction takes a NOCP UsageFault.
  asm volatile("dsb\n\tisb" ::: "memory");
}

// What a fault report shows after the stacked registers (startup/fault.cpp), in this order,
// two to a line.
inline constexpr uintptr_t cfsr = 0xE000'ED28, hfsr = 0xE000'ED2C, mmfar = 0xE000'ED34, bfar = 0xE000'ED38;
inline constexpr fault_status_register fault_status_registers[] = {
    {"cfsr ", cfsr}, {"hfsr ", hfsr}, {"mmfar", mmfar}, {"bfar ", bfar}};

// Then the bits that are set, in words (ARMv7-M ARM B3.2.15, B3.2.16).
inline constexpr fault_status_bit fault_status_bits[] = {
    {"IACCVIOL (instruction fetch from a protected address)", cfsr, 1u << 0},
    {"DACCVIOL (read or write of a protected address)", cfsr, 1u << 1},
    {"MUNSTKERR", cfsr, 1u << 3},
    {"MSTKERR (stacking hit a protected address)", cfsr, 1u << 4},
    {"MLSPERR", cfsr, 1u << 5},
    {"MMARVALID (mmfar is the address)", cfsr, 1u << 7},
    {"IBUSERR (instruction fetch bus error)", cfsr, 1u << 8},
    {"PRECISERR (bus error at bfar)", cfsr, 1u << 9},
    {"IMPRECISERR (bus error, address unknown)", cfsr, 1u << 10},
    {"UNSTKERR", cfsr, 1u << 11},
    {"STKERR (bus error while stacking)", cfsr, 1u << 12},
    {"LSPERR", cfsr, 1u << 13},
    {"BFARVALID (bfar is the address)", cfsr, 1u << 15},
    {"UNDEFINSTR (undefined instruction)", cfsr, 1u << 16},
    {"INVSTATE (Thumb bit clear: a call through a bad function pointer?)", cfsr, 1u << 17},
    {"INVPC (bad exception return)", cfsr, 1u << 18},
    {"NOCP (coprocessor off or absent)", cfsr, 1u << 19},
    {"UNALIGNED (unaligned access)", cfsr, 1u << 24},
    {"DIVBYZERO (integer division by zero)", cfsr, 1u << 25},
    {"VECTTBL (vector table read failed)", hfsr, 1u << 1},
    {"FORCED (a fault escalated to HardFault)", hfsr, 1u << 30},
    {"DEBUGEVT", hfsr, 1u << 31},
    {nullptr, 0, 0},
};

// What the fault was, when the status says it plainly: the report's first words instead of
// the exception's name.
inline const char* fault_headline(uint32_t exception) {
  const uint32_t status = mmio::reg(cfsr);
  if (exception == 6 && (status & (1u << 25)) != 0) return "divide by zero";
  if (exception == 4 && (status & 0x82u) == 0x82u && mmio::reg(mmfar) < (1u << mpu::null_log2_size)) {
    return "null pointer: a read or write near address 0";
  }
  return nullptr;
}

}  // namespace freeco::cpu
