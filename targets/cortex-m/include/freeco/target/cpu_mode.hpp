// What every Cortex-M (ARMv6-M and ARMv7-M alike) does the same way: telling handler mode
// from thread mode, sleeping until an interrupt without losing a wake-up, and where the code
// runs. Host builds of the runtime provide their own.
#pragma once

#include <stdint.h>

namespace freeco::cpu {

// Whether the caller runs in an exception handler (IPSR holds its number; 0 in thread mode).
[[gnu::always_inline]] inline bool in_interrupt() {
  uint32_t ipsr;
  asm volatile("mrs %0, ipsr" : "=r"(ipsr));
  return ipsr != 0;
}

// Sleeps until an interrupt unless a handler has already queued a wake (`wakes` != 0). The
// check and the WFI run with interrupts masked: a handler that would fire between them stays
// pending instead, a pending interrupt ends WFI even while masked, and it runs at the unmask.
// So a wake can never land after the check and before the sleep, where it would be lost.
[[gnu::always_inline]] inline void sleep_unless_woken(volatile uintptr_t& wakes) {
  asm volatile("cpsid i" ::: "memory");
  if (wakes == 0) asm volatile("wfi" ::: "memory");
  asm volatile("cpsie i" ::: "memory");
}

// An address in the code of the function this is inlined into, for a report to name that
// function ("called from"): where __builtin_return_address would name its caller instead.
[[gnu::always_inline]] inline const void* code_address() {
  const void* pc;
  asm volatile("mov %0, pc" : "=r"(pc));
  return pc;
}

}  // namespace freeco::cpu
