// Exact instruction counts under QEMU -icount shift=0, where the virtual clock advances one
// nanosecond per instruction and SysTick, clocked at the core clock, counts down every
// 1e9 / core_clock_hz instructions (62.5 on microbit, 40 on mps2-an386). A measurement runs
// the same loop at two lengths and divides the difference by the difference in iterations,
// which cancels everything outside the loop; over 10000 extra iterations one SysTick count
// is less than 0.01 instruction per iteration.
#pragma once

#include <freeco/console.hpp>
#include <freeco/systick.hpp>
#include <stdint.h>

#include <freeco/target/board.hpp>

namespace bench {

// Free-running 24-bit down-counter at the core clock, no interrupt.
inline void start_counter() { freeco::systick::start_counter(); }
inline uint32_t counter() { return freeco::systick::cvr(); }
inline uint32_t elapsed(uint32_t start, uint32_t end) { return (start - end) & 0xFF'FFFF; }

// Instructions per iteration, in thousandths, from SysTick counts over two loop lengths.
inline uint32_t milli_instructions(uint32_t ticks_short, uint32_t ticks_long, uint32_t extra_iterations) {
  const uint64_t ps_per_tick = 1'000'000'000'000ull / freeco::board::core_clock_hz;  // = milli-instructions
  return static_cast<uint32_t>(((uint64_t{ticks_long} - ticks_short) * ps_per_tick + extra_iterations / 2) / extra_iterations);
}

// Runs run(n) for n = base and n = base + extra; returns thousandths of an instruction per step.
template <class Run>
uint32_t per_iteration(Run run, uint32_t base = 1000, uint32_t extra = 10000) {
  uint32_t t0 = counter();
  run(base);
  uint32_t t1 = counter();
  run(base + extra);
  uint32_t t2 = counter();
  return milli_instructions(elapsed(t0, t1), elapsed(t1, t2), extra);
}

inline void write_milli(uint32_t milli) {
  freeco::console::write_dec(static_cast<int32_t>(milli / 1000));
  freeco::console::write(".");
  const uint32_t frac = milli % 1000;
  freeco::console::write(frac < 100 ? (frac < 10 ? "00" : "0") : "");
  freeco::console::write_dec(static_cast<int32_t>(frac));
}

// One measurement for ./x bench (bench/bench.py reads these lines): the metric and the baseline
// built into the same firmware that it is compared with, both net of the loop that runs them.
//     metric yield_resume 50.000 baseline state_machine_step 11.000
inline void metric(const char* name, uint32_t milli, const char* baseline, uint32_t baseline_milli) {
  freeco::console::write("metric ");
  freeco::console::write(name);
  freeco::console::write(" ");
  write_milli(milli);
  freeco::console::write(" baseline ");
  freeco::console::write(baseline);
  freeco::console::write(" ");
  write_milli(baseline_milli);
  freeco::console::write("\n");
}

inline void report(const char* name, uint32_t milli) {
  freeco::console::write(name);
  freeco::console::write(": ");
  write_milli(milli);
  freeco::console::write(" instructions\n");
}

}  // namespace bench
