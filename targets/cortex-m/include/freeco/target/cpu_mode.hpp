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

// The number of the exception the caller runs in (IPSR): 0 in thread mode, 16 + n in the
// handler of interrupt line n. An executor's level (freeco/executor.hpp) is one of these.
[[gnu::always_inline]] inline uint32_t exception_number() {
  uint32_t ipsr;
  asm volatile("mrs %0, ipsr" : "=r"(ipsr));
  return ipsr;
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

// Runs f() with interrupts masked and returns what it returns; restores PRIMASK rather than
// clearing it, so that it nests. f must be short and must not call out: the masked-window
// budget (tests/tools/window_check.py) holds for it as for every window.
template <class F>
[[gnu::always_inline]] inline auto with_interrupts_masked(F f) {
  uint32_t mask;
  asm volatile("mrs %0, primask\n\tcpsid i" : "=r"(mask)::"memory");
  const auto result = f();
  asm volatile("msr primask, %0" ::"r"(mask) : "memory");
  return result;
}

// `value`, made opaque to the optimizer: it must sit in a register here, so that a masked
// window written after this uses it instead of computing it inside (a constant's literal load,
// a multiply).
template <class T>
[[gnu::always_inline]] inline T in_register(T value) {
  asm volatile("" : "+r"(value));
  return value;
}

// An address in the code of the function this is inlined into, for a report to name that
// function ("called from"): where __builtin_return_address would name its caller instead.
[[gnu::always_inline]] inline const void* code_address() {
  const void* pc;
  asm volatile("mov %0, pc" : "=r"(pc));
  return pc;
}

}  // namespace freeco::cpu
