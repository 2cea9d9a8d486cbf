// A level's timer queue: the timers of the tasks that run at one level (thread mode, or one
// interrupt_executor), sorted by deadline (freeco/timer_list.hpp), changed at that level only.
// SysTick_Handler never walks one: it watches each queue's alarm (the low word of its earliest
// deadline) and, when that passes, queues the queue's expire() on the executor of its level
// (runner_, or for thread mode the innermost thread executor), which wakes whoever is due and
// sets the next alarm. Defined in time.cpp, linked with the clock.
//
//     state_   idle --add() of a first timer: alarm_ set, then--> armed
//              armed --tick reaches alarm_ (handler)---------------> fired: expire() queued
//              fired --expire() starts---------------------------> idle, then armed again
//                                                                   if timers remain
//
// Only the handler leaves `armed`, only the queue's level enters it, so neither needs an
// atomic step. The level may move alarm_ earlier while armed: the handler sees the old or the
// new word, never a mix. Cancelling a timer leaves the alarm alone: a stale alarm costs one
// expire() that finds nothing due.
#pragma once

#include <freeco/callback_node.hpp>
#include <freeco/timer_list.hpp>
#include <stddef.h>
#include <stdint.h>

namespace freeco::detail {

class timer_queue : public callback_node {
 public:
  // `runner`: the interrupt_executor whose level the queue serves; nullptr for thread mode.
  // The callback is set where the queue is first queued (tick(), in time.cpp), so that an
  // interrupt_executor, which holds a queue, does not link the clock into firmware without
  // time.
  constexpr explicit timer_queue(executor* runner) noexcept : callback_node(nullptr), runner_(runner) {}

  void add(timer& t) noexcept;  // at the queue's level
  static void cancel(timer& t) noexcept { timer_list::remove(t); }
  size_t size() noexcept;

  // From SysTick_Handler, with the new tick count's low word.
  void tick(uint32_t low) noexcept;
  // The alarm, while one is set (thread mode, just before its executor sleeps).
  bool armed() const noexcept { return state_ != idle; }
  uint32_t alarm() const noexcept { return alarm_; }

 private:
  enum : uint32_t { idle, armed_, fired };

  static void expire(void* self) noexcept;
  void set_alarm(int64_t deadline) noexcept;

  timer_list timers_;
  volatile uint32_t alarm_ = 0;
  volatile uint32_t state_ = idle;
  executor* const runner_;
};

}  // namespace freeco::detail
