// libcore/src/time.cpp on the host: the clock, the timer queue (driven, as on the target, by
// SysTick_Handler's alarm and a callback node on the executor) and sleeping, under ASan and
// UBSan. Each idle round of the executor is one tick (runtime_support.hpp).
#include <freeco/systick.hpp>
#include <freeco/time.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "runtime_support.hpp"

namespace {

using namespace freeco::literals;
using host_test::executor;
using host_test::now;
using host_test::run;

class Time : public host_test::Runtime {};

TEST_F(Time, ClockWasStartedBeforeMainAtTheTickRate) {
  EXPECT_EQ(freeco::systick::started_period, freeco::board::core_clock_hz / freeco::board::tick_hz);
  EXPECT_TRUE(freeco::systick::highest_priority);
}

TEST_F(Time, EachSysTickIsOneTick) {
  const int64_t start = now();
  SysTick_Handler();
  EXPECT_EQ(now(), start + 1);
  for (int i = 0; i < 999; ++i) SysTick_Handler();
  EXPECT_EQ(freeco::clock::now() - freeco::time_point(freeco::ticks(start)), 1_s);
}

TEST_F(Time, DurationsRoundUpToWholeTicks) {
  static_assert(freeco::milliseconds(1).ticks() == 1);
  static_assert((2_s).ticks() == 2000);
  static_assert((1_us).ticks() == 1);     // rounded up, never shorter
  static_assert((1001_us).ticks() == 2);
  static_assert((1500_ms).milliseconds() == 1500);
}

// --- sleeping -------------------------------------------------------------------------------

struct wake {
  char name;
  int64_t at;
};

freeco::task<> sleep_until_and_log(std::vector<wake>& log, char name, freeco::time_point t) {
  co_await freeco::sleep_until(t);
  log.push_back({name, now()});
}

// Registered in one tick, in the order of the arguments; they must wake each exactly at its
// deadline, in deadline order, equal deadlines in the order they were set. A later timer set
// first must not hold back an earlier one set after it (the alarm moves earlier).
freeco::task<> sleepers(std::vector<wake>& log, int64_t& start) {
  start = now();
  const freeco::time_point t0 = freeco::clock::now();
  const struct {
    char name;
    int delay;
  } plan[] = {{'a', 5}, {'b', 3}, {'c', 5}, {'d', 1}, {'e', 3}, {'f', 5}, {'g', 9}, {'h', 1}};
  for (auto p : plan) EXPECT_EQ(freeco::spawn(sleep_until_and_log(log, p.name, t0 + freeco::ticks(p.delay))), freeco::spawn_status::spawned);
  co_return;
}

TEST_F(Time, TimersFireInDeadlineOrderWithTiesFirstComeFirstServed) {
  std::vector<wake> log;
  int64_t start = 0;
  run(sleepers(log, start));
  std::string order;
  for (const wake& w : log) {
    order += w.name;
    const int delay = w.name == 'd' || w.name == 'h' ? 1 : w.name == 'b' || w.name == 'e' ? 3 : w.name == 'g' ? 9 : 5;
    EXPECT_EQ(w.at - start, delay) << w.name;
  }
  EXPECT_EQ(order, "dhbeacfg");
}

freeco::task<> sleep_for_and_measure(freeco::duration d, int64_t& slept) {
  const int64_t before = now();
  co_await freeco::sleep_for(d);
  slept = now() - before;
}

// The clock reads whole ticks: the count starts at the next one, so the sleep is never short.
TEST_F(Time, SleepForWaitsAtLeastTheDuration) {
  int64_t slept = -1;
  run(sleep_for_and_measure(10_ms, slept));
  EXPECT_EQ(slept, 11);
  run(sleep_for_and_measure(freeco::ticks(1), slept));
  EXPECT_EQ(slept, 2);
}

TEST_F(Time, SleepingForNothingOrUntilThePastDoesNotSuspend) {
  int64_t slept = -1;
  run(sleep_for_and_measure(freeco::duration(), slept));
  EXPECT_EQ(slept, 0);
  std::vector<wake> log;
  run(sleep_until_and_log(log, 'p', freeco::clock::now() - 5_ms));
  ASSERT_EQ(log.size(), 1u);
}

// sleep_for does not read the clock again when awaited: an awaiter kept past its deadline
// still suspends, and its timer, already due, wakes it at the next tick.
freeco::task<> kept_sleep(int64_t& made, int64_t& woke) {
  auto kept = freeco::sleep_for(freeco::ticks(1));  // due 2 ticks from now
  made = now();
  for (int i = 0; i < 5; ++i) freeco::host::as_interrupt(SysTick_Handler);
  co_await kept;
  woke = now();
}

TEST_F(Time, ASleepForAwaitedPastItsDeadlineWakesAtTheNextTick) {
  int64_t made = -1, woke = -1;
  run(kept_sleep(made, woke));
  EXPECT_EQ(woke, made + 6);
  int64_t slept = -1;
  run(sleep_for_and_measure(freeco::duration() - 5_ms, slept));  // negative: no suspension either
  EXPECT_EQ(slept, 0);
}

// A sleeper woken by an alarm while a task keeps the executor busy across several ticks (the
// handler fires from inside the task): it wakes at the first round after its deadline.
freeco::task<> busy_for(int ticks) {
  for (int i = 0; i < ticks; ++i) freeco::host::as_interrupt(SysTick_Handler);
  co_return;
}
freeco::task<> late_wake(std::vector<wake>& log, int64_t& start) {
  start = now();
  EXPECT_EQ(freeco::spawn(sleep_until_and_log(log, 'x', freeco::clock::now() + freeco::ticks(2))), freeco::spawn_status::spawned);
  EXPECT_EQ(freeco::spawn(sleep_until_and_log(log, 'y', freeco::clock::now() + freeco::ticks(4))), freeco::spawn_status::spawned);
  EXPECT_EQ(freeco::spawn(busy_for(6)), freeco::spawn_status::spawned);
  co_return;
}

TEST_F(Time, TimersDueWhileTheExecutorIsBusyAllWakeAfterIt) {
  std::vector<wake> log;
  int64_t start = 0;
  run(late_wake(log, start));
  ASSERT_EQ(log.size(), 2u);
  EXPECT_EQ(log[0].name, 'x');
  EXPECT_EQ(log[1].name, 'y');
  EXPECT_EQ(log[0].at - start, 6);
  EXPECT_EQ(log[1].at - start, 6);
}

// --- the 64-bit tick count ------------------------------------------------------------------

// The next multiple of 2^32 ticks after now (the clock never goes back, even when every test
// of this program runs in one process).
int64_t next_boundary() { return ((now() >> 32) + 1) << 32; }

freeco::task<> sleep_across(int64_t boundary, std::vector<int64_t>& seen) {
  seen.push_back(now());
  co_await freeco::sleep_for(freeco::ticks(6));
  seen.push_back(now());
  EXPECT_EQ(freeco::clock::now().since_start().ticks() >> 32, boundary >> 32);
}

TEST_F(Time, TheTickCountCarriesIntoItsHighWord) {
  const int64_t boundary = next_boundary();
  freeco::detail::set_clock(boundary - 2);
  EXPECT_EQ(now(), boundary - 2);
  SysTick_Handler();
  EXPECT_EQ(now(), boundary - 1);
  SysTick_Handler();
  EXPECT_EQ(now(), boundary);  // low word 0, high word one up
  SysTick_Handler();
  EXPECT_EQ(now(), boundary + 1);
}

// A timer set before the boundary for after it: the alarm compares low words modulo 2^32.
TEST_F(Time, ATimerAcrossThe32BitBoundaryFiresOnTime) {
  const int64_t boundary = next_boundary();
  freeco::detail::set_clock(boundary - 3);
  std::vector<int64_t> seen;
  run(sleep_across(boundary, seen));
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[0], boundary - 3);
  EXPECT_EQ(seen[1], boundary + 4);  // 6 ticks counted from the next one
}

// A deadline more than 2^30 ticks ahead takes several alarms (the handler compares 32-bit
// words). Waiting that long tick by tick takes too long, so the idle "interrupt" jumps the
// clock to a few ticks before each point where an alarm is due, then ticks one by one (set_clock
// with a timer set, which its contract does not cover: fine here, since every jump lands
// before the alarm, as if those ticks had passed without one). The sleeper must still wake
// exactly at its deadline, no earlier.
int64_t long_start = 0, long_deadline = 0;

void jump_towards_the_next_alarm() {
  const int64_t t = now();
  const int64_t horizon = int64_t(1) << 30;
  int64_t next = long_deadline;
  for (int64_t k = 1; k <= 3; ++k)
    if (long_start + k * horizon > t) {
      next = std::min(next, long_start + k * horizon);
      break;
    }
  if (next - t > 4) freeco::detail::set_clock(next - 4);
  SysTick_Handler();
}

freeco::task<> sleep_long(int64_t& woke) {
  co_await freeco::sleep_until(freeco::time_point(freeco::ticks(long_deadline)));
  woke = now();
}

TEST_F(Time, ASleepBeyondTheAlarmHorizonTakesSeveralAlarms) {
  long_start = now();
  long_deadline = long_start + 3 * (int64_t(1) << 30) + 50;  // past 2^31: the low words wrap
  freeco::host::on_idle = jump_towards_the_next_alarm;
  int64_t woke = 0;
  run(sleep_long(woke));
  EXPECT_EQ(woke, long_deadline);
}

}  // namespace
