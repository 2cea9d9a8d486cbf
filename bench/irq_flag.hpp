// The interrupt benchmarks' line and the irq_flag baseline. A benchmark pends the line with
// interrupts masked, then waits; the interrupt is taken only when the wait's sleep unmasks, so
// each round trip runs the whole path: block, sleep, handler, wake, resume. The line is the
// board's first hardware timer's, pended by software (the timer itself never runs); its handler
// does what `on_irq` says. Defines the timers' handlers: include in one file per firmware.
#pragma once

#include <freeco/target/nvic.hpp>
#include <freeco/target/timer_hw.hpp>
#include <stdint.h>

#include "baselines.hpp"

namespace bench {

inline constexpr unsigned line = freeco::board::timer_hw::irq[0];
inline void (*volatile on_irq)() = nullptr;

[[gnu::always_inline]] inline void pend_masked() {
  asm volatile("cpsid i" ::: "memory");
  freeco::nvic::pend(line);
}

// The baseline: the same masked pend and sleep, a handler that sets a flag, main polling it.
inline volatile bool flag;
inline void set_flag() { flag = true; }
[[gnu::noinline]] inline void irq_flag(uint32_t n) {
  on_irq = set_flag;
  for (uint32_t i = 0; i < n; ++i) {
    sink = i;
    pend_masked();
    asm volatile("wfi\n\tcpsie i" ::: "memory");
    while (!flag) {
    }
    flag = false;
  }
}

}  // namespace bench

#define BENCH_HANDLER(name, timer) \
  extern "C" void name##_IRQHandler() { if (timer == 0) bench::on_irq(); }
FREECO_BOARD_TIMER_IRQS(BENCH_HANDLER)
#undef BENCH_HANDLER
