// What the randomized stresses share (tests/runtime/interrupt/random-interrupts-lose-and-double-
// nothing, tests/runtime/levels/cross-level-wakes-add-up): their generator, the counters that
// several handlers or levels change, and the two board timers that fire at random.
#pragma once

#include <stdint.h>

#include <freeco/target/cpu_atomic.hpp>
#include <freeco/target/nvic.hpp>
#include <freeco/target/timer_hw.hpp>

#ifndef STRESS_INTERRUPTS
#define STRESS_INTERRUPTS 20000
#endif
#ifndef STRESS_SEED
#define STRESS_SEED 1
#endif

namespace random_stress {

namespace hw = freeco::board::timer_hw;

// xorshift32: the next of a sequence that never reaches 0 from a state that is not 0.
inline uint32_t next(uint32_t& x) {
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return x;
}
// Adds n with one atomic step; returns the new value.
inline uint32_t add(volatile uint32_t& counter, uint32_t n = 1) {
  return freeco::cpu::atomic_update(counter, [n](uint32_t v) { return v + n; }) + n;
}
// Disarms; whether it was armed (so that of several racing callers, one goes on).
inline bool take(volatile uint32_t& armed) {
  return freeco::cpu::atomic_update(armed, [](uint32_t) { return 0u; }) != 0;
}

// Each timer's first generator state, from the seed, and its share of the interrupts.
inline uint32_t timer_seed(unsigned n) {
  return n == 0 ? STRESS_SEED * 2654435761u ^ 0x9E37'79B9u : STRESS_SEED * 2246822519u ^ 0x85EB'CA6Bu;
}
inline constexpr uint32_t quota[hw::count] = {(STRESS_INTERRUPTS + 1) / 2, STRESS_INTERRUPTS / 2};

// Both timers one-shot, their lines on at these priorities; hw::start(n, clocks) fires one.
inline void set_up_timers(const uint8_t (&priority)[hw::count]) {
  for (unsigned n = 0; n < hw::count; ++n) {
    hw::init(n);
    freeco::nvic::set_priority(hw::irq[n], priority[n]);
    freeco::nvic::enable(hw::irq[n]);
  }
}

}  // namespace random_stress
