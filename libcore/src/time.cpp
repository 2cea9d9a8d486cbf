// The clock and the timer queue (freeco/time.hpp). Linked only into firmware that uses time:
// then this file's SysTick_Handler replaces the vector table's weak default, and its
// .preinit_array entry starts SysTick before any constructor runs.
#include <freeco/interrupt_executor.hpp>
#include <freeco/systick.hpp>
#include <freeco/time.hpp>
#include <freeco/timer_queue.hpp>

#include <freeco/target/cpu_mode.hpp>

namespace freeco {

namespace {

static_assert(board::core_clock_hz % board::tick_hz == 0 && board::core_clock_hz / board::tick_hz <= (1u << 24),
              "ERROR(freeco): board::tick_hz must divide the core clock into at most 2^24 clocks per tick (SysTick is 24 bits)");

constexpr uint32_t tick_clocks = board::core_clock_hz / board::tick_hz;
// The longest period in whole ticks (1048 on microbit, 671 on mps2-an386; 1 on the host,
// which has no counter).
constexpr uint32_t longest_ticks = systick::longest_period / tick_clocks > 1 ? systick::longest_period / tick_clocks : 1;
// Clocks that the few instructions of a masked step take, with room to spare: a step that would
// write the reload value this close to the counter's end gives up instead (try_set_reload).
constexpr uint32_t close_to_the_end = 64;

// The tick count, tickless: SysTick's periods are whole numbers of ticks, and each period's
// interrupt adds its ticks to the count.
//
//   base_    ticks at the start of the running period
//   length_  ticks in the running period
//   reload_  ticks in the period after it (SYST_RVR = reload_ * tick_clocks - 1)
//
// While tasks run, every period is one tick: a plain periodic tick. Just before the executor
// sleeps, stretch() makes the next period end at the next alarm (at most longest_ticks away),
// and the interrupt that starts that period puts the one after back to one tick. An idle core
// so takes one interrupt per alarm, or per 2^24 clocks when no timer waits.
//
//   one-tick periods --stretch()--> reload_ long --the running period ends--> long period,
//         ^                                                                   reload_ one tick
//         +--------- the long period ends (at the alarm, or where cut() cut it) --+
//
// A task that an interrupt wakes inside a long period finds it running: now() counts the
// whole ticks inside it from SYST_CVR. If that task sets an alarm before the period's end,
// end_a_period_at() cuts the period at the alarm's tick (cut(), in SysTick's handler: the one
// place that writes SYST_CVR), or shortens the next period (try_set_reload).
//
// Who writes what: SysTick_Handler writes base_ and length_ (at a period's end, or a cut) and
// puts reload_ and SYST_RVR back to one tick; thread mode lengthens or shortens them, masked
// (try_set_reload), and requests cuts. SysTick runs at the highest priority, so no reader ever
// preempts a half-done update: a reader that sees base_low_ and length_ unchanged around its
// reads has read one consistent state.
class tick_clock {
 public:
  [[gnu::always_inline]] int64_t now() const noexcept {
    // A one-tick period holds no whole tick: the count is the base. (If the period ends right
    // after this test and a long one starts, the base read next is the count at that instant.
    // A cut, which changes length_ without base_, happens only in a long period.)
    if (length_ != 1) return now_in_a_long_period();
    return base();
  }
  [[gnu::noinline]] int64_t now_in_a_long_period() const noexcept {
    const reading r = read();
    return int64_t(r.base + r.clocks / tick_clocks);
  }
  // The count at the running period's start: at most a longest period behind now().
  [[gnu::always_inline]] int64_t base() const noexcept {
    for (;;) {
      const uint32_t low = base_low_, high = base_high_;
      if (low == base_low_) return int64_t((uint64_t(high) << 32) | low);
    }
  }
  int64_t now_in_clocks() const noexcept {
    const reading r = read();
    return int64_t(r.base * tick_clocks + r.clocks);
  }
  void set(int64_t ticks) noexcept {
    // No masking (and no assembly: the host tests call this too). SysTick_Handler is the only
    // other writer and runs to completion whenever it preempts: with the low word zeroed
    // first, a period's end between these stores cannot carry into the high word, and the
    // last store wins.
    base_low_ = 0;
    base_high_ = uint32_t(uint64_t(ticks) >> 32);
    base_low_ = uint32_t(ticks);
  }

  // SysTick_Handler, at a period's end: the count moves on by its length; the new period is
  // reload_ long, and the one after it one tick. Returns the count's new low word.
  uint32_t end_period() noexcept {
    const uint32_t old = base_low_, low = old + length_;
    if (low < old) base_high_ = base_high_ + 1;
    base_low_ = low;
    const uint32_t reload = reload_;
    length_ = reload;
    if (reload != 1) {
      systick::rvr() = tick_clocks - 1;
      reload_ = 1;
    }
    return low;
  }

  // Thread mode, just before the executor sleeps, with `alarm` the tick (low word) the next
  // timer is due at, if one waits: makes the next period reach it.
  void stretch(bool armed, uint32_t alarm) noexcept {
    // A period's end whose interrupt waits for this caller's mask: the sleep ends at once.
    if (systick::pending()) return;
    watch_for_period_end();
    const uint32_t next = base_low_ + length_;  // where the next period starts
    uint32_t ticks = longest_ticks;
    if (armed) {
      const int32_t until = int32_t(alarm - next);
      if (until < int32_t(ticks)) ticks = until > 1 ? uint32_t(until) : 1;
    }
    if (ticks > reload_) try_set_reload(ticks);  // if it gives up, the core wakes a tick early
  }

  // Thread mode: makes a period end at tick `at` (low word, at most 2^30 ahead), where the
  // periods as programmed would pass over it.
  [[gnu::always_inline]] void end_a_period_at(uint32_t at) noexcept {
    // While tasks run every period is one tick (and only this thread makes one longer).
    if (length_ != 1 || reload_ != 1) end_a_long_period_at(at);
  }
  [[gnu::noinline]] void end_a_long_period_at(uint32_t at) noexcept {
    for (;;) {
      watch_for_period_end();
      const uint32_t low = base_low_, length = length_, reload = reload_;
      const int32_t into = int32_t(at - low);  // ticks from the running period's start
      if (into < int32_t(length)) {
        if (length == 1 || request_cut(at)) return;
      } else if (reload == 1 || into <= int32_t(length) || into >= int32_t(length + reload)) {
        return;
      } else if (try_set_reload(uint32_t(into) - length)) {
        return;
      }
      // A period ended meanwhile, or its end was a few clocks away: again, after it.
    }
  }

  // SysTick_Handler, on a cut request: ends the running period at the first tick at or after
  // `at` that is still ahead, by restarting the counter so that it reaches 0 there: SYST_RVR
  // gets the clocks left until then, a write to SYST_CVR clears the counter (without an
  // interrupt), and the next clock loads them. Then SYST_RVR goes back to one tick (a stretch
  // of the next period, made for the old end, is dropped: the alarm's expiry sets the next).
  // The counter reaches 0 `left` + 1 clocks after the write, where the uncut period would
  // have been (length - end) * tick_clocks clocks before its own end at CVR = 0: hence `left`.
  //
  // Exactness: the restart loses what passes between the read of SYST_CVR and the write, a
  // few clocks at most on hardware where SysTick runs at the core clock, less than one under
  // QEMU; nothing else ever writes SYST_CVR, and it happens at most once per alarm set inside a
  // long period.
  [[gnu::noinline]] void cut(uint32_t at) noexcept {  // cut_if_requested
    const uint32_t length = length_;
    // In its last tick a period ends at the first tick boundary anyway (and here its end is
    // at least a tick of clocks away: nothing below races it).
    if (length == 1 || systick::cvr() < tick_clocks) return;
    const uint32_t next_tick = clocks_into(length) / tick_clocks + 1;  // ticks from base_
    uint32_t end = at - base_low_;
    if (int32_t(end) < int32_t(next_tick)) end = next_tick;
    for (; end < length; ++end) {  // at most twice: the second when the first is too close
      const int32_t left = int32_t(systick::cvr() - ((length - end) * tick_clocks + 1));
      if (left < 1) continue;
      systick::rvr() = uint32_t(left);
      systick::cvr() = 0;
      while (systick::cvr() == 0) {  // until the next clock: one cycle on hardware
      }
      systick::rvr() = tick_clocks - 1;
      reload_ = 1;
      length_ = end;
      return;
    }
  }
  // SysTick_Handler: whether its interrupt was a cut request (and if so, cuts).
  bool cut_if_requested() noexcept {
    if (!cut_requested_) return false;
    cut_requested_ = false;
    cut(cut_at_);
    return true;
  }

 private:
  // The running period's start and the clocks since, as one consistent state.
  struct reading {
    uint64_t base;
    uint32_t clocks;
  };
  reading read() const noexcept {
    for (;;) {
      const uint32_t low = base_low_, high = base_high_, length = length_;
      const uint32_t clocks = clocks_into(length);
      if (low == base_low_ && length == length_) return {(uint64_t(high) << 32) | low, clocks};
    }
  }

  // Clocks since the running period started. A period ends when the counter reaches 0 (its
  // interrupt is raised then), and the counter reloads a clock later: so a 0 read after the
  // handler has run is the new period's first clock (under QEMU, where a clock is 40 to 62
  // instructions, the handler and its caller often get there first). While the interrupt is
  // pending (a reader with interrupts masked), the period has ended: its whole length.
  static uint32_t clocks_into(uint32_t length) noexcept {
    const uint32_t left = systick::cvr();
    if (systick::pending()) return length * tick_clocks;
    return left == 0 ? 0 : length * tick_clocks - left;
  }

  // Thread mode, before a decision made from the state: a period that ends from here on sets
  // SYST_CSR.COUNTFLAG, which the masked steps below check. (Reading CSR clears it.)
  static void watch_for_period_end() noexcept {
    const uint32_t control = systick::csr();
    (void)control;
  }

  // COUNTFLAG (bit 16) of a CSR value, tested as the sign after a shift: one instruction fewer
  // than a mask in a window.
  static bool period_ended(uint32_t control) noexcept {
    static_assert(systick::csr_countflag == 1u << 16);
    return int32_t(control << 15) < 0;
  }

  // Masked: makes the period after the running one `ticks` long, unless a period has ended
  // since watch_for_period_end() or the running one is about to (false: the caller decides
  // again; close to its end, the reload could happen between the two stores). What the window
  // uses is in registers before it opens, so that it holds only the checks and the stores.
  bool try_set_reload(uint32_t ticks) noexcept {
    const uint32_t value = cpu::in_register(ticks * tick_clocks - 1);
    volatile uint32_t* const counter = cpu::in_register(systick::registers());
    volatile uint32_t* const reload = cpu::in_register(&reload_);
    return cpu::with_interrupts_masked([&] {
      if (period_ended(counter[0]) || counter[2] < close_to_the_end) return false;
      counter[1] = value;
      *reload = ticks;
      return true;
    });
  }

  // Masked: asks SysTick_Handler for a cut at `at`, which runs at the unmask. False if a period
  // has ended since watch_for_period_end() (the caller decides again).
  bool request_cut(uint32_t at) noexcept {
    volatile uint32_t* const counter = cpu::in_register(systick::registers());
    volatile uint32_t* const icsr = cpu::in_register(&systick::icsr());
    const uint32_t one_tick = cpu::in_register(tick_clocks);
    cut_at_ = at;  // read only once a request is made, and every request ends at an unmask
    return cpu::with_interrupts_masked([&] {
      if (period_ended(counter[0])) return false;
      // In its last tick the period ends in time. Otherwise its end is at least a tick away,
      // so that the handler that runs now sees no period end meanwhile: a pended interrupt
      // with a request is a cut, and only a cut.
      if (counter[2] >= one_tick) {
        cut_requested_ = true;
        *icsr = systick::icsr_pending;
      }
      return true;
    });
  }

  volatile uint32_t base_low_ = 0;
  volatile uint32_t base_high_ = 0;
  volatile uint32_t length_ = 1;
  volatile uint32_t reload_ = 1;
  volatile uint32_t cut_at_ = 0;
  volatile bool cut_requested_ = false;
};

constinit tick_clock tick_count;

[[gnu::always_inline]] inline int64_t now_ticks() noexcept { return tick_count.now(); }

}  // namespace

namespace detail {

[[gnu::always_inline]] inline void timer_queue::set_alarm(int64_t deadline) noexcept {
  if (state_ == fired) return;  // expire() is queued and sets the alarm itself
  // The handler compares low words modulo 2^32: keep the alarm within 2^30 ticks (12 days
  // at 1 kHz) of the running period's start (so within 2^31 of now); a later deadline takes
  // several alarms.
  const int64_t horizon = tick_count.base() + (int64_t(1) << 30);
  const uint32_t alarm = uint32_t(deadline < horizon ? deadline : horizon);
  alarm_ = alarm;
  if (state_ == idle) state_ = armed_;
  tick_count.end_a_period_at(alarm);
}

[[gnu::always_inline]] inline void timer_queue::add(timer& t) noexcept {
  timers_.insert(t);
  if (timers_.front() == &t) set_alarm(t.deadline);
}

size_t timer_queue::size() noexcept {
  size_t n = 0;
  for (timer* t = timers_.front(); t != nullptr; t = timers_.next(*t)) ++n;
  return n;
}

[[gnu::always_inline]] inline void timer_queue::tick(uint32_t low) noexcept {
  if (state_ != armed_ || int32_t(low - alarm_) < 0) return;
  executor* const runner = runner_ != nullptr ? runner_ : this_core().thread_executor;
  if (runner == nullptr) return;  // nobody to wake now: try again next tick
  state_ = fired;
  resume_ = &timer_queue::expire;  // (see the constructor)
  runner->wake_from_interrupt(node);
}

void timer_queue::expire(void* self) noexcept {
  auto& queue = *static_cast<timer_queue*>(static_cast<callback_node*>(self));
  queue.state_ = idle;
  const int64_t now = now_ticks();
  while (timer* due = queue.timers_.pop_due(now)) wake(*due->target);
  if (timer* next = queue.timers_.front()) queue.set_alarm(next->deadline);
}

}  // namespace detail

namespace {

// The timers of thread-mode tasks; each interrupt_executor has its own (freeco/timer_queue.hpp).
constinit detail::timer_queue thread_timers(nullptr);

// Calls f(queue) for each started interrupt_executor's timer queue.
template <class F>
[[gnu::always_inline]] inline void for_each_level_queue(F f) {
  for (interrupt_executor* e = detail::started_interrupt_executors; e != nullptr; e = detail::level_access::next(*e))
    f(detail::level_access::timers(*e));
}

// The queue of the level the caller runs at.
detail::timer_queue& timers_here() noexcept {
  core_context& core = this_core();
  if (core.level == 0) return thread_timers;
  return detail::level_access::timers(*static_cast<interrupt_executor*>(core.executor));
}

void start_clock() {
  systick::set_highest_priority();
  systick::start(board::core_clock_hz / board::tick_hz);
}
[[gnu::section(".preinit_array"), gnu::used]] void (*const start_clock_at_reset)() = start_clock;

}  // namespace

time_point clock::now() noexcept { return time_point(duration::from_ticks(now_ticks())); }

size_t pending_timers() noexcept {
  size_t n = thread_timers.size();
  for_each_level_queue([&n](detail::timer_queue& q) { n += q.size(); });
  return n;
}

namespace detail {

void add_timer(timer& t) noexcept { timers_here().add(t); }
void cancel_timer(timer& t) noexcept { timer_queue::cancel(t); }
void set_clock(int64_t ticks) noexcept { tick_count.set(ticks); }
int64_t uptime_in_clocks() noexcept { return tick_count.now_in_clocks(); }

// Thread mode, just before the executor sleeps. While an interrupt_executor has started, its
// tasks may set a timer at any moment, from a level that preempts the thread-mode steps of the
// tickless clock (which assume no other writer but SysTick_Handler): the periods then stay one
// tick long, and every level's alarm is watched at every tick.
void before_sleep() noexcept {
  if (started_interrupt_executors != nullptr) return;
  tick_count.stretch(thread_timers.armed(), thread_timers.alarm());
}

}  // namespace detail

}  // namespace freeco

extern "C" void SysTick_Handler() {
  using namespace freeco;
  if (tick_count.cut_if_requested()) return;
  const uint32_t low = tick_count.end_period();
  thread_timers.tick(low);
  for_each_level_queue([low](detail::timer_queue& q) { q.tick(low); });
}
