// The host tests' stand-in for platform/include/freeco/systick.hpp: there is no SysTick on the
// host; the tests tick the clock by calling SysTick_Handler(). Records how time.cpp started it.
#pragma once

#include <stdint.h>

namespace freeco::systick {

inline uint32_t started_period = 0;  // 0: never started
inline bool highest_priority = false;

inline void start(uint32_t period) { started_period = period; }
inline void start_counter() {}
inline void stop() { started_period = 0; }
inline void set_highest_priority() { highest_priority = true; }

}  // namespace freeco::systick
