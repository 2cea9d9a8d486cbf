// The clock starts at reset in a firmware that uses it: SysTick interrupts at board::tick_hz
// from the core clock, at the highest priority, and now() counts its ticks.
// Exact virtual time (-icount): elapsed times are the same on every run.
// RUN: %{build}
// RUN: %{run} --icount %t.elf
#include <freeco/systick.hpp>
#include <freeco/time.hpp>
#include <runtime_test.h>

#include <freeco/target/board.hpp>

extern "C" int main() {
  RUNTIME_CHECK(freeco::systick::rvr() == freeco::board::core_clock_hz / freeco::board::tick_hz - 1);
  RUNTIME_CHECK((freeco::systick::csr() & 0b111) == 0b111);                            // on, interrupting, core clock
  RUNTIME_CHECK((*reinterpret_cast<volatile uint32_t*>(0xE000ED20) >> 24) == 0);       // SHPR3: highest priority
  const freeco::time_point start = freeco::clock::now();
  while (freeco::clock::now() - start < freeco::ticks(3)) {
  }
  RUNTIME_CHECK(freeco::clock::now() - start == freeco::ticks(3));
  RUNTIME_CHECK(freeco::milliseconds(1).ticks() * 1000 == int64_t(freeco::board::tick_hz));
  return 0;
}
