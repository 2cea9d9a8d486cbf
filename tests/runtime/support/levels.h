// The interrupt executors of the runtime tests: `urgent` (priority 0x40) and `middle` (0x80),
// on the board's first two free lines (board::free_irqs: SWI0 and SWI1 on the microbit, I2S
// and TOUCHSCREEN on the mps2-an386), both more urgent than thread mode and less than the
// clock. This header defines the four handlers; include it in one file per firmware, and call
// levels::start() in main before any executor runs.
#pragma once

#include <freeco/interrupt_executor.hpp>

#include <freeco/target/board.hpp>

namespace levels {
constinit inline freeco::interrupt_executor urgent(freeco::board::free_irqs[0]);
constinit inline freeco::interrupt_executor middle(freeco::board::free_irqs[1]);
inline constexpr uint8_t urgent_priority = 0x40, middle_priority = 0x80;

inline void start() {
  urgent.start(urgent_priority);
  middle.start(middle_priority);
}
}  // namespace levels

extern "C" void SWI0_IRQHandler() { levels::urgent.run_pending(); }
extern "C" void SWI1_IRQHandler() { levels::middle.run_pending(); }
extern "C" void I2S_IRQHandler() { levels::urgent.run_pending(); }
extern "C" void TOUCHSCREEN_IRQHandler() { levels::middle.run_pending(); }
