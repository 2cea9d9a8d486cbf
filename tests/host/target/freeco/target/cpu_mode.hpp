// The host tests' cpu_mode.hpp (targets/cortex-m/cpu_mode.hpp on the target): handler mode and
// sleeping, for a host with no interrupts.
//
// - in_interrupt() is true while a test plays an interrupt handler: inside host::as_interrupt,
//   which the idle "interrupts" below go through too.
// - Where the firmware would sleep until an interrupt, the executor calls host::idle(), which
//   plays the interrupts: by default one SysTick (SysTick_Handler(), one tick of freeco::clock,
//   which also fires due timers), or whatever a test installs in host::on_idle. An executor
//   that stays idle for host::idle_limit rounds in a row with nothing woken waits for
//   something that never comes: idle() says so on stderr and aborts, so that such a test fails
//   instead of hanging.
#pragma once

#include <stdint.h>

namespace freeco::host {

inline int interrupt_depth = 0;

// Runs f() as an interrupt handler would run.
template <class F>
void as_interrupt(F f) {
  ++interrupt_depth;
  f();
  --interrupt_depth;
}

using idle_function = void (*)();
void tick();                          // the default: SysTick_Handler()
inline idle_function on_idle = tick;  // what an idle round fires, as an interrupt handler
inline unsigned long idle_limit = 100'000;
void idle(volatile uintptr_t& wakes);  // host.cpp

}  // namespace freeco::host

namespace freeco::cpu {

inline bool in_interrupt() { return host::interrupt_depth != 0; }
// No interrupt executors on the host: a played handler is some exception other than thread mode.
inline uint32_t exception_number() { return host::interrupt_depth != 0 ? 0xFFu : 0u; }

// Where a report says it was called from: nothing to name on the host.
inline const void* code_address() { return nullptr; }

template <class T>
inline T in_register(T value) {
  return value;
}

// One thread and no preemption: a masked section is a plain call.
template <class F>
inline auto with_interrupts_masked(F f) {
  return f();
}

inline void sleep_unless_woken(volatile uintptr_t& wakes) {
  if (wakes == 0) host::idle(wakes);
}

}  // namespace freeco::cpu
