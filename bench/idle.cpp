// Idle wake-ups: how often the core leaves its sleep while nothing is due. bench/bench.py runs
// this under QEMU with its interrupt log and counts the SysTick exceptions taken.
//   IDLE_UNTIMED   one task waits for an interrupt_event a hardware timer signals (10 s), no
//                  timer of freeco's pending, the clock linked and running (main reads it, as
//                  any firmware that uses time does): idle_wakeups_per_s
//   IDLE_SLEEP     one task sleeps 1 s: sleep_1s_interrupts
#include <freeco/console.hpp>
#include <freeco/executor.hpp>
#include <freeco/interrupt_event.hpp>
#include <freeco/time.hpp>

#include <freeco/target/board.hpp>
#include <freeco/target/nvic.hpp>
#include <freeco/target/timer_hw.hpp>

namespace {
constinit freeco::executor executor;
constinit freeco::interrupt_event one_second;

freeco::task<> waiter() {
#if IDLE_UNTIMED
  co_await one_second;
#else
  co_await freeco::sleep_for(freeco::seconds(1));
#endif
}
}  // namespace

template <unsigned Timer>
void handle() {
  freeco::board::timer_hw::acknowledge(Timer);
  one_second.signal();
}
#define IDLE_HANDLER(name, timer) \
  extern "C" void name##_IRQHandler() { handle<timer>(); }
FREECO_BOARD_TIMER_IRQS(IDLE_HANDLER)

extern "C" int main() {
  namespace hw = freeco::board::timer_hw;
  if (executor.spawn(waiter()) != freeco::spawn_status::spawned) return 1;
  hw::init(0);
  freeco::nvic::enable(hw::irq[0]);
  // Ten seconds of the timer's clocks, long enough for several of SysTick's longest periods
  // (1.05 s on microbit, 0.67 s on mps2-an386). QEMU's timers and SysTick do not agree on
  // time while the core sleeps (timer_hw.hpp), so bench.py divides by the time the clock saw.
  if (IDLE_UNTIMED) hw::start(0, 10 * freeco::board::core_clock_hz);
  executor.run();
  // The virtual time that passed, by the clock, for bench.py's rate per second.
  freeco::console::write("uptime_ms ");
  freeco::console::write_dec(static_cast<int32_t>(freeco::clock::now().since_start().milliseconds()));
  freeco::console::write("\n");
  return 0;
}
