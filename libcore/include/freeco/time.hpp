// freeco time: a monotonic clock driven by SysTick, durations and time points in its ticks,
// and sleeping.
//
//     using namespace freeco::literals;
//     freeco::task<> heartbeat() {
//       auto next = freeco::clock::now();
//       for (;;) { blink(); co_await freeco::sleep_until(next += 500_ms); }   // no drift
//     }
//     co_await freeco::sleep_for(20_ms);   // at least 20 ms
//
// - The clock counts ticks at board::tick_hz (1 kHz on both boards) in 64 bits: it does not
//   wrap in the life of any device. It starts at reset, before constructors, in any firmware
//   that uses it; the firmware then must not define SysTick_Handler itself.
// - Tickless: SysTick interrupts every tick only while tasks run. Before the executor sleeps,
//   the clock programs SysTick's next period to end at the next deadline (at most 2^24 core
//   clocks away: 1.05 s on microbit, 0.67 s on mps2-an386), so an idle core wakes once per
//   deadline, or about once a second with no timer at all, and the count stays exact.
// - Sleeping tasks wait in their level's timer queue (thread mode's, or their
//   interrupt_executor's: freeco/timer_queue.hpp), sorted by deadline (freeco/timer_list.hpp):
//   no allocation, the queue entry is the awaiter in the sleeping task's frame. Timers fire in
//   deadline order, equal deadlines in the order they were set. Destroying a sleeping task
//   takes its timer out.
// - While an interrupt_executor has started, the clock is not tickless: it ticks every tick.
#pragma once

#include <compare>
#include <coroutine>
#include <freeco/task.hpp>
#include <freeco/timer_list.hpp>
#include <stddef.h>
#include <stdint.h>

#include <freeco/target/board.hpp>

namespace freeco {

// A span of time in whole ticks. The unit helpers round up, so that a duration is never
// shorter than asked for.
class duration {
 public:
  constexpr duration() noexcept = default;
  static constexpr duration from_ticks(int64_t ticks) noexcept { return duration(ticks); }
  constexpr int64_t ticks() const noexcept { return ticks_; }
  // Whole milliseconds, rounded down (no division when the tick rate is 1 kHz).
  constexpr int64_t milliseconds() const noexcept {
    constexpr int64_t hz = int64_t(board::tick_hz);
    if constexpr (hz % 1000 == 0)
      return ticks_ / (hz / 1000);
    else
      return ticks_ * 1000 / hz;
  }

  constexpr auto operator<=>(const duration&) const noexcept = default;
  constexpr duration operator+(duration d) const noexcept { return duration(ticks_ + d.ticks_); }
  constexpr duration operator-(duration d) const noexcept { return duration(ticks_ - d.ticks_); }
  constexpr duration operator*(int64_t n) const noexcept { return duration(ticks_ * n); }
  constexpr duration& operator+=(duration d) noexcept { return *this = *this + d; }
  constexpr duration& operator-=(duration d) noexcept { return *this = *this - d; }

 private:
  constexpr explicit duration(int64_t ticks) noexcept : ticks_(ticks) {}
  int64_t ticks_ = 0;
};

namespace detail {
// n units of 1/per_second s in ticks, rounded up. Divides only when the tick rate is not a
// multiple of the unit (never on the boards here): 64-bit division is a libgcc call.
template <int64_t per_second>
constexpr duration in_ticks(int64_t n) noexcept {
  constexpr int64_t hz = int64_t(board::tick_hz);
  if constexpr (hz % per_second == 0)
    return duration::from_ticks(n * (hz / per_second));
  else
    return duration::from_ticks((n * hz + per_second - 1) / per_second);
}
}  // namespace detail

constexpr duration ticks(int64_t n) noexcept { return duration::from_ticks(n); }
constexpr duration seconds(int64_t n) noexcept { return detail::in_ticks<1>(n); }
constexpr duration milliseconds(int64_t n) noexcept { return detail::in_ticks<1000>(n); }
constexpr duration microseconds(int64_t n) noexcept { return detail::in_ticks<1000000>(n); }

namespace literals {
constexpr duration operator""_s(unsigned long long n) noexcept { return seconds(int64_t(n)); }
constexpr duration operator""_ms(unsigned long long n) noexcept { return milliseconds(int64_t(n)); }
constexpr duration operator""_us(unsigned long long n) noexcept { return microseconds(int64_t(n)); }
}  // namespace literals

// A point on the clock: time since it started at reset.
class time_point {
 public:
  constexpr time_point() noexcept = default;
  constexpr explicit time_point(duration since_start) noexcept : since_start_(since_start) {}
  constexpr duration since_start() const noexcept { return since_start_; }

  constexpr auto operator<=>(const time_point&) const noexcept = default;
  constexpr time_point operator+(duration d) const noexcept { return time_point(since_start_ + d); }
  constexpr time_point operator-(duration d) const noexcept { return time_point(since_start_ - d); }
  constexpr duration operator-(time_point t) const noexcept { return since_start_ - t.since_start_; }
  constexpr time_point& operator+=(duration d) noexcept { return *this = *this + d; }

 private:
  duration since_start_;
};

struct clock {
  static constexpr unsigned long tick_hz = board::tick_hz;
  // Any context, interrupt handlers included.
  static time_point now() noexcept;  // time.cpp
};

// Timers waiting now (sleeping tasks, running timeouts) at every level; for statistics and
// tests. Thread mode.
size_t pending_timers() noexcept;  // time.cpp

namespace detail {
void add_timer(timer& t) noexcept;     // time.cpp: a task level, into that level's queue
void cancel_timer(timer& t) noexcept;  // time.cpp: the level that added it
// Sets the tick count, for tests of long uptimes (the 32-bit boundary). Thread mode, before
// any timer is set.
void set_clock(int64_t ticks) noexcept;  // time.cpp
// Core clocks since the clock started, to the clock: for tests of its accuracy. Any context.
int64_t uptime_in_clocks() noexcept;  // time.cpp

// Waits in the timer queue until its deadline; unregisters if destroyed while waiting.
// sleep_until reads the clock to see whether its time has passed (ReadsClock); sleep_for
// knows from its duration, so that a sleep reads the clock once, not twice: its deadline is
// ahead unless the duration is not positive (then -1: ready).
template <bool ReadsClock>
class [[nodiscard]] sleep_awaiter : timer {
 public:
  explicit sleep_awaiter(int64_t deadline) noexcept : timer(deadline) {}
  ~sleep_awaiter() {
    if (linked()) cancel_timer(*this);
  }

  bool await_ready() const noexcept {
    if constexpr (ReadsClock)
      return deadline <= clock::now().since_start().ticks();
    else
      return deadline < 0;
  }
  template <freeco_promise P>
  void await_suspend(std::coroutine_handle<P> me) noexcept {
    target = &me.promise();
    add_timer(*this);
  }
  void await_resume() const noexcept {}
};
}  // namespace detail

// Resumes at the first tick at or after `t` (at once if it has passed).
inline detail::sleep_awaiter<true> sleep_until(time_point t) noexcept {
  return detail::sleep_awaiter<true>(t.since_start().ticks());
}
// Resumes after at least `d`: the clock reads whole ticks, so the count starts at the next one.
// (An awaiter kept and awaited later than made still waits: its deadline counts from when it
// was made, and one that has passed wakes it at the next tick.)
inline detail::sleep_awaiter<false> sleep_for(duration d) noexcept {
  if (!(d > duration())) return detail::sleep_awaiter<false>(-1);
  return detail::sleep_awaiter<false>((clock::now() + d + ticks(1)).since_start().ticks());
}

}  // namespace freeco
