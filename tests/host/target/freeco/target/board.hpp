// The host tests' "board" (tests/host): what targets/<board>/board.hpp gives the runtime, for a
// runtime built with the host's g++. One core, SysTick at 1 kHz like both real boards; the
// clock only moves when a test calls SysTick_Handler() (cpu_mode.hpp).
#pragma once

namespace freeco::board {

inline constexpr char name[] = "host";
inline constexpr unsigned long core_clock_hz = 16'000'000;
inline constexpr unsigned long tick_hz = 1000;
inline constexpr unsigned irq_count = 32;
inline constexpr unsigned core_count = 1;
constexpr unsigned core_id() { return 0; }

}  // namespace freeco::board
