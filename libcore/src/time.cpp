// The clock and the timer queue (freeco/time.hpp). Linked only into firmware that uses time:
// then this file's SysTick_Handler replaces the vector table's weak default, and its
// .preinit_array entry starts SysTick before any constructor runs.
#include <freeco/callback_node.hpp>
#include <freeco/systick.hpp>
#include <freeco/time.hpp>

namespace freeco {

namespace {

static_assert(board::core_clock_hz % board::tick_hz == 0 && board::core_clock_hz / board::tick_hz <= (1u << 24),
              "ERROR(freeco): board::tick_hz must divide the core clock into at most 2^24 clocks per tick (SysTick is 24 bits)");

// The tick count. Only SysTick_Handler writes it, and SysTick runs at the highest priority,
// so no reader ever preempts a half-done update: a reader that sees ticks_high unchanged
// around its read of ticks_low has read a consistent pair.
volatile uint32_t ticks_low = 0;
volatile uint32_t ticks_high = 0;

int64_t now_ticks() noexcept {
  uint32_t high, low;
  do {
    high = ticks_high;
    low = ticks_low;
  } while (high != ticks_high);
  return int64_t((uint64_t(high) << 32) | low);
}

// Sleeping coroutines, sorted by deadline, changed in thread mode only. SysTick_Handler never
// walks it: it watches one alarm (the low word of the earliest deadline) and, when that
// passes, queues expire() on the executor, which wakes whoever is due and sets the next alarm.
//
//     state_   idle --add() of a first timer: alarm_ set, then--> armed
//              armed --tick reaches alarm_ (handler)---------------> fired: expire() queued
//              fired --expire() starts---------------------------> idle, then armed again
//                                                                   if timers remain
//
// Only the handler leaves `armed`, only thread mode enters it, so neither needs an atomic
// step. Thread mode may move alarm_ earlier while armed: the handler sees the old or the new
// word, never a mix. Cancelling a timer leaves the alarm alone: a stale alarm costs one
// expire() that finds nothing due.
class timer_queue : public detail::callback_node {
 public:
  constexpr timer_queue() noexcept : callback_node(&timer_queue::expire) {}

  void add(detail::timer& t) noexcept {
    timers_.insert(t);
    if (timers_.front() == &t) set_alarm(t.deadline);
  }
  void cancel(detail::timer& t) noexcept { timers_.remove(t); }
  size_t size() noexcept {
    size_t n = 0;
    for (detail::timer* t = timers_.front(); t != nullptr; t = timers_.next(*t)) ++n;
    return n;
  }

  // From SysTick_Handler, with the new tick count's low word.
  void tick(uint32_t low) noexcept {
    if (state_ != armed || int32_t(low - alarm_) < 0) return;
    executor* const running = this_core().executor;
    if (running == nullptr) return;  // nobody to wake now: try again next tick
    state_ = fired;
    running->wake_from_interrupt(node);
  }

 private:
  enum : uint32_t { idle, armed, fired };

  static void expire(void* self) noexcept {
    auto& queue = *static_cast<timer_queue*>(static_cast<callback_node*>(self));
    queue.state_ = idle;
    const int64_t now = now_ticks();
    while (detail::timer* due = queue.timers_.pop_due(now)) detail::wake(*due->target);
    if (detail::timer* next = queue.timers_.front()) queue.set_alarm(next->deadline);
  }

  void set_alarm(int64_t deadline) noexcept {
    if (state_ == fired) return;  // expire() is queued and sets the alarm itself
    // The handler compares low words modulo 2^32: keep the alarm within 2^30 ticks (12 days
    // at 1 kHz); a later deadline takes several alarms.
    const int64_t horizon = now_ticks() + (int64_t(1) << 30);
    alarm_ = uint32_t(deadline < horizon ? deadline : horizon);
    if (state_ == idle) state_ = armed;
  }

  detail::timer_list timers_;
  volatile uint32_t alarm_ = 0;
  volatile uint32_t state_ = idle;
};

constinit timer_queue timers;

void start_clock() {
  systick::set_highest_priority();
  systick::start(board::core_clock_hz / board::tick_hz);
}
[[gnu::section(".preinit_array"), gnu::used]] void (*const start_clock_at_reset)() = start_clock;

}  // namespace

time_point clock::now() noexcept { return time_point(duration::from_ticks(now_ticks())); }

size_t pending_timers() noexcept { return timers.size(); }

namespace detail {
void add_timer(timer& t) noexcept { timers.add(t); }
void cancel_timer(timer& t) noexcept { timers.cancel(t); }
void set_clock(int64_t ticks) noexcept {
  // No masking (and no assembly: the host tests call this too). SysTick_Handler is the only
  // other writer and runs to completion whenever it preempts: with the low word zeroed first,
  // a tick between these stores cannot carry into the high word, and the last store wins.
  ticks_low = 0;
  ticks_high = uint32_t(uint64_t(ticks) >> 32);
  ticks_low = uint32_t(ticks);
}
}  // namespace detail

}  // namespace freeco

extern "C" void SysTick_Handler() {
  const uint32_t low = freeco::ticks_low + 1;
  if (low == 0) freeco::ticks_high = freeco::ticks_high + 1;
  freeco::ticks_low = low;
  freeco::timers.tick(low);
}
