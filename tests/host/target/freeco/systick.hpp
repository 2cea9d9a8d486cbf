// The host tests' stand-in for platform/include/freeco/systick.hpp: there is no SysTick on the
// host; the tests tick the clock by calling SysTick_Handler(). Records how time.cpp started it.
#pragma once

#include <stdint.h>

namespace freeco::systick {

inline uint32_t started_period = 0;  // 0: never started
inline bool highest_priority = false;

// No counter: the tests' every SysTick_Handler() call is one tick, so the clock never makes a
// period longer than one tick, and reads no counter (time.cpp).
inline constexpr uint32_t longest_period = 0;
inline volatile uint32_t counter[3] = {}, control = 0;
inline volatile uint32_t* registers() { return counter; }
inline volatile uint32_t& csr() { return counter[0]; }
inline volatile uint32_t& rvr() { return counter[1]; }
inline volatile uint32_t& cvr() { return counter[2]; }
inline volatile uint32_t& icsr() { return control; }
inline constexpr uint32_t csr_countflag = 1u << 16, icsr_pending = 1u << 26;
inline bool pending() { return false; }

inline void start(uint32_t period) { started_period = period; }
inline void start_counter() {}
inline void stop() { started_period = 0; }
inline void set_highest_priority() { highest_priority = true; }

}  // namespace freeco::systick
