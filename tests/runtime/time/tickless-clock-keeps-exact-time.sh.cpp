// The tickless clock keeps exact time. For 10 s of virtual time (-icount): sleeps short and
// long (past SysTick's longest period too), interrupts that wake a task inside a long period
// so that its short sleep must cut that period, and idle time with no timer at all. Throughout,
// every timer fires at its very tick, and the clock agrees with a board timer that counts
// independently of SysTick (its rate measured first, while SysTick ticks every tick) to within
// a few clocks per cut. (How many SysTick interrupts an idle core takes, ./x bench measures from
// QEMU's log: idle_wakeups_per_s and sleep_1s_interrupts, held to bench/budgets.json.)
//
// The guard: QEMU 7.2 under -icount sleep=off, when the CPU sleeps into a SysTick wrap and no
// other timer is due before SysTick's next one, wakes it only at that next one: virtual time
// then runs a whole period ahead of SysTick's count (a periodic 1 kHz tick waited for in WFI
// takes 2 ms). A board timer due every 0.7 ms keeps another deadline in every such gap, so
// that SysTick counts virtual time and the comparison measures the clock, not QEMU.
// RUN: %{build}
// RUN: %{run} --icount %t.elf | FileCheck %s
// CHECK: reference: {{[0-9]+}} counts per 1000 ticks
// CHECK: drift: {{-?[0-9]+}} clocks after {{[0-9]+}} ticks and 9 wakes inside long periods
#include <freeco/interrupt_event.hpp>
#include <freeco/systick.hpp>
#include <freeco/time.hpp>
#include <runtime_test.h>

#include <freeco/target/nvic.hpp>
#include <freeco/target/timer_hw.hpp>

using namespace freeco::literals;
namespace hw = freeco::board::timer_hw;

namespace {

constexpr unsigned reference = 1, guard = 0;
constexpr uint32_t guard_counts = 11'111;  // about 0.7 ms at 16 MHz
constexpr uint32_t tick_clocks = freeco::board::core_clock_hz / freeco::board::tick_hz;
constexpr uint32_t longest = freeco::systick::longest_period / tick_clocks;

constinit freeco::executor executor;
constinit freeco::interrupt_event woken;

// The reference: the board timer's counts since `origin_counts`, in clocks at the rate measured.
struct {
  uint32_t counts = 0;   // counts over `clocks`, measured
  uint32_t clocks = 0;
  uint32_t origin_counts = 0;
  int64_t origin_clocks = 0;
} ref;
int64_t reference_clocks() {
  const uint32_t since = hw::counted(reference) - ref.origin_counts;
  return ref.origin_clocks + int64_t(uint64_t(since) * ref.clocks / ref.counts);
}

unsigned wakes_inside = 0;  // interrupts that woke a task inside a long period: each may cut one
int64_t largest_drift = 0;
int64_t last_clock = 0;

// The clock against the reference, now: each cut may lose a few clocks.
void check_drift() {
  const int64_t clock = freeco::detail::uptime_in_clocks();
  const int64_t drift = clock - reference_clocks();
  RUNTIME_CHECK(clock >= last_clock);
  last_clock = clock;
  const int64_t size = drift < 0 ? -drift : drift;
  if (size > largest_drift) largest_drift = size;
  RUNTIME_CHECK(size <= 4 + 2 * int64_t(wakes_inside));
}

int64_t now() { return freeco::clock::now().since_start().ticks(); }

// Sleeps until each deadline in turn and checks that it wakes at that very tick.
constexpr int64_t sleeps[] = {1, 2, 5, 100, 999, longest - 1, longest, longest + 1, 2 * longest + 3, 2500, 37};
bool sleeper_done = false;
freeco::task<> sleeper() {
  int64_t deadline = now();
  for (int64_t ticks : sleeps) {
    deadline += ticks;
    co_await freeco::sleep_until(freeco::time_point(freeco::ticks(deadline)));
    RUNTIME_CHECK(now() == deadline);
    check_drift();
  }
  sleeper_done = true;
}

// The guard's interrupts until it wakes the task below (0: none).
volatile uint32_t countdown = 0;

// Woken by the guard at odd moments, mostly inside the sleeper's long periods; sleeps 3 ticks
// and checks that it wakes at its tick, which takes a cut of the running period.
constexpr uint32_t wake_after[] = {241, 1500, 777, 3, 1234, 99, 2000, 555};
freeco::task<> interrupted() {
  for (uint32_t guards : wake_after) {
    countdown = guards;
    co_await woken;
    ++wakes_inside;
    check_drift();
    const int64_t deadline = now() + 4;  // sleep_for(3 ticks) counts from the next tick
    co_await freeco::sleep_for(freeco::ticks(3));
    RUNTIME_CHECK(now() == deadline);
    check_drift();
  }
  while (!sleeper_done) co_await freeco::sleep_for(freeco::ticks(10));
}

// With no timer waiting, the core sleeps through longest period after longest period; then
// one sleep that takes two of them on mps2-an386.
freeco::task<> idle_then_sleep() {
  countdown = uint32_t(uint64_t(3000) * tick_clocks * ref.counts / ref.clocks / guard_counts);  // about 3000 ticks
  co_await woken;
  ++wakes_inside;
  check_drift();
  const int64_t deadline = now() + 1001;
  co_await freeco::sleep_for(1_s);
  RUNTIME_CHECK(now() == deadline);
  check_drift();
}

}  // namespace

extern "C" void TIMER0_IRQHandler() {
  hw::acknowledge(guard);
  hw::start(guard, guard_counts);
  if (countdown != 0) {
    countdown = countdown - 1;
    if (countdown == 0) woken.signal();
  }
}

extern "C" int main() {
  hw::init(guard);
  freeco::nvic::enable(hw::irq[guard]);
  hw::start_counting(reference);
  hw::start(guard, guard_counts);

  // The reference's rate, over 1000 one-tick periods (no executor sleeps: SysTick ticks).
  const int64_t start = now();
  while (now() == start) asm volatile("wfi");
  const int64_t c0 = freeco::detail::uptime_in_clocks();
  const uint32_t r0 = hw::counted(reference);
  while (now() < start + 1001) asm volatile("wfi");
  const int64_t c1 = freeco::detail::uptime_in_clocks();
  const uint32_t r1 = hw::counted(reference);
  ref.counts = r1 - r0;
  ref.clocks = uint32_t(c1 - c0);
  ref.origin_counts = r1;
  ref.origin_clocks = c1;
  freeco::console::write("reference: ");
  freeco::console::write_dec(int32_t(uint64_t(ref.counts) * 1000 * tick_clocks / ref.clocks));
  freeco::console::write(" counts per 1000 ticks\n");

  // The clock read at every point of a one-tick period agrees with the reference, also right
  // after each period's interrupt (where the counter has not reloaded yet).
  for (int i = 0; i < 3; ++i) {
    const int64_t tick = now();
    while (now() == tick) asm volatile("wfi");
    check_drift();
  }

  const int64_t begun = now();
  runtime_test::spawn(executor, sleeper());
  runtime_test::spawn(executor, interrupted());
  executor.run();
  runtime_test::spawn(executor, idle_then_sleep());
  executor.run();

  freeco::console::write("drift: ");
  freeco::console::write_dec(int32_t(freeco::detail::uptime_in_clocks() - reference_clocks()));
  freeco::console::write(" clocks after ");
  freeco::console::write_dec(int32_t(now() - begun));
  freeco::console::write(" ticks and ");
  freeco::console::write_dec(int32_t(wakes_inside));
  freeco::console::write(" wakes inside long periods (largest on the way ");
  freeco::console::write_dec(int32_t(largest_drift));
  freeco::console::write(")\n");
  RUNTIME_CHECK(now() - begun >= 10'000);
  return 0;
}
