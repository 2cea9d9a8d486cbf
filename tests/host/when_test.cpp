// freeco/when.hpp on the host, and cancellation through it: when_any cancels the losers,
// timeout() its task or its timer, a destroyed when_all its children. Whatever a cancelled
// task waited on (a channel, a mutex, a semaphore, an event, an interrupt event, a timer) must
// forget it, and a task that had already been woken (in the ready queue or on the interrupt
// wake stack) must leave the queue: every frame is a heap block (target/freeco_config.hpp),
// so a node left behind is a heap-use-after-free for ASan. Under ASan and UBSan.
#include <freeco/channel.hpp>
#include <freeco/event.hpp>
#include <freeco/interrupt_event.hpp>
#include <freeco/mutex.hpp>
#include <freeco/semaphore.hpp>
#include <freeco/time.hpp>
#include <freeco/when.hpp>

#include <string>
#include <vector>

#include "runtime_support.hpp"

namespace {

using namespace freeco::literals;
using host_test::now;
using host_test::run;

class WhenAny : public host_test::Runtime {};
class WhenAll : public host_test::Runtime {};
class Cancel : public host_test::Runtime {};
class Timeout : public host_test::Runtime {};

// --- tasks that wait on one thing each; all task<int>, so that they can race -----------------

std::string started;  // who got as far as waiting

freeco::task<int> receive_one(freeco::channel<int, 2>& ch, char name = 'r') {
  started += name;
  co_return co_await ch.receive();
}
freeco::task<int> send_one(freeco::channel<int, 1>& ch, int v) {
  started += 's';
  co_await ch.send(v);
  co_return -1;
}
freeco::task<int> lock_one(freeco::mutex& m, char name = 'm') {
  started += name;
  auto lock = co_await m.lock();
  co_return -2;
}
freeco::task<int> acquire_one(freeco::semaphore& s, char name = 'p') {
  started += name;
  co_await s.acquire();
  co_return -3;
}
freeco::task<int> wait_event(freeco::event& e) {
  started += 'e';
  co_await e;
  co_return -4;
}
freeco::task<int> wait_interrupt(freeco::interrupt_event& e, char name = 'i') {
  started += name;
  co_return int(co_await e);
}
freeco::task<int> sleep_then(freeco::duration d, int v) {
  started += 't';
  co_await freeco::sleep_for(d);
  co_return v;
}
freeco::task<int> after_yields(int yields, int v) {
  for (int i = 0; i < yields; ++i) co_await freeco::yield();
  co_return v;
}

// --- when_any -------------------------------------------------------------------------------

struct objects {
  freeco::channel<int, 2> ch;
  freeco::channel<int, 1> full;
  freeco::mutex m;
  freeco::semaphore s{0};
  freeco::event e;
  freeco::interrupt_event ie;
};

freeco::task<> race_everything(objects& o) {
  EXPECT_TRUE(o.full.try_send(100));
  EXPECT_TRUE(o.m.try_lock());
  auto r = co_await freeco::when_any(receive_one(o.ch), send_one(o.full, 7), lock_one(o.m), acquire_one(o.s),
                                     wait_event(o.e), wait_interrupt(o.ie), sleep_then(1_s, -5), after_yields(3, 42));
  EXPECT_EQ(r.index, 7u);
  EXPECT_EQ(r.value, 42);
  EXPECT_EQ(started, "rsmpeit");
  EXPECT_FALSE(o.ch.has_waiters());
  EXPECT_FALSE(o.full.has_waiters());
  EXPECT_FALSE(o.m.has_waiters());
  EXPECT_FALSE(o.s.has_waiters());
  EXPECT_FALSE(o.e.has_waiters());
  EXPECT_EQ(freeco::pending_timers(), 0u);
  // Every object works on as if the losers had never waited.
  EXPECT_EQ(o.full.size(), 1u) << "the cancelled send sent nothing";
  int v = 0;
  EXPECT_TRUE(o.full.try_receive(v));
  EXPECT_EQ(v, 100);
  EXPECT_TRUE(o.m.locked());
  o.m.unlock();
  EXPECT_FALSE(o.m.locked());
  EXPECT_EQ(o.s.available(), 0u);
  o.ie.signal();  // the cancelled waiter is no longer registered: this one is pending
  EXPECT_EQ(co_await o.ie, 1u);
  o.e.set();
  co_await o.e;
  EXPECT_TRUE(o.ch.try_send(5));
  EXPECT_EQ(co_await o.ch.receive(), 5);
  co_await freeco::sleep_for(1100_ms);  // past the cancelled sleep's deadline
}

TEST_F(WhenAny, CancelsLosersWaitingOnEveryKindOfObject) {
  objects o;
  started.clear();
  run(race_everything(o));
}

// The first task finishes without suspending: the others were handed to the executor but never
// started, and are cancelled from the ready queue.
freeco::task<> winner_at_once(freeco::event& e, freeco::mutex& m) {
  started.clear();
  auto r = co_await freeco::when_any(after_yields(0, 1), wait_event(e), lock_one(m));
  EXPECT_EQ(r.index, 0u);
  EXPECT_EQ(r.value, 1);
  EXPECT_EQ(started, "") << "the losers never ran";
}

TEST_F(WhenAny, LosersThatNeverStartedAreCancelled) {
  freeco::event e;
  freeco::mutex m;
  run(winner_at_once(e, m));
  EXPECT_FALSE(e.has_waiters());
}

freeco::task<int> set_and_finish(freeco::event& e, int v) {
  e.set();  // wakes the loser: it is in the ready queue when we finish
  co_return v;
}

freeco::task<> event_loser_woken(freeco::event& e) {
  auto r = co_await freeco::when_any(wait_event(e), set_and_finish(e, 9));
  EXPECT_EQ(r.index, 1u);
  EXPECT_EQ(r.value, 9);
  EXPECT_FALSE(e.has_waiters());
}

TEST_F(WhenAny, ALoserWokenByAnEventButNotRunYetLeavesTheReadyQueue) {
  freeco::event e;
  run(event_loser_woken(e));
}

// Two sleepers due in the same tick: the first set wins, the second is woken in the same
// round (so it is queued) and cancelled.
freeco::task<> timer_loser_woken() {
  auto r = co_await freeco::when_any(sleep_then(freeco::ticks(5), 1), sleep_then(freeco::ticks(5), 2));
  EXPECT_EQ(r.index, 0u);
  EXPECT_EQ(r.value, 1);
  EXPECT_EQ(freeco::pending_timers(), 0u);
}

TEST_F(WhenAny, ALoserWokenByItsTimerInTheSameTickLeavesTheReadyQueue) { run(timer_loser_woken()); }

// Stands for an interrupt that fires while the losers are being cancelled: it waits for ever,
// and its destruction (it is the first loser cancelled) signals the interrupt events the next
// losers wait on. So they are on the executor's interrupt wake stack, taken by the signal,
// when they are cancelled, in the order given. (A constructor, not aggregate initialisation:
// GCC 12 destroys the members of an aggregate awaiter twice when its coroutine is destroyed
// while suspended on it.)
struct interrupt_during_cancellation {
  explicit interrupt_during_cancellation(std::vector<freeco::interrupt_event*>&& s) : signals(std::move(s)) {}
  std::vector<freeco::interrupt_event*> signals;
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) const noexcept {}
  void await_resume() const noexcept {}
  ~interrupt_during_cancellation() {
    freeco::host::as_interrupt([this] {
      for (freeco::interrupt_event* e : signals) e->signal();
    });
  }
};

freeco::task<int> fire_when_cancelled(std::vector<freeco::interrupt_event*> signals) {
  co_await interrupt_during_cancellation{std::move(signals)};
  co_return -1;
}

freeco::task<> interrupt_losers(freeco::interrupt_event (&ie)[3], std::vector<freeco::interrupt_event*> order) {
  auto r = co_await freeco::when_any(fire_when_cancelled(std::move(order)), wait_interrupt(ie[0], 'a'),
                                     wait_interrupt(ie[1], 'b'), wait_interrupt(ie[2], 'c'), after_yields(1, 7));
  EXPECT_EQ(r.index, 4u);
  // Each cancelled waiter had been given a signal it never saw: it went back to its event.
  for (int i = 0; i < 3; ++i) EXPECT_EQ(co_await ie[i], 1u) << i;
}

TEST_F(WhenAny, LosersOnTheInterruptWakeStackLeaveIt) {
  // The stack holds the newest first. Signalled a, b, c: c is on top, and a (cancelled first)
  // at the bottom; then in the other order, a on top; then the middle one first.
  freeco::interrupt_event ie[3];
  run(interrupt_losers(ie, {&ie[0], &ie[1], &ie[2]}));
  run(interrupt_losers(ie, {&ie[2], &ie[1], &ie[0]}));
  run(interrupt_losers(ie, {&ie[0], &ie[2], &ie[1]}));
}

// --- cancelled after being given something --------------------------------------------------

freeco::task<int> send_and_finish(freeco::channel<int, 2>& ch, std::vector<int> values, int v) {
  for (int x : values) co_await ch.send(x);
  co_return v;
}

freeco::task<> next_receiver(freeco::channel<int, 2>& ch, std::vector<int>& got, int n) {
  for (int i = 0; i < n; ++i) got.push_back(co_await ch.receive());
}

freeco::task<> receiver_granted_then_cancelled(freeco::channel<int, 2>& ch, std::vector<int>& got) {
  started.clear();
  EXPECT_EQ(freeco::spawn(next_receiver(ch, got, 2)), freeco::spawn_status::spawned);
  // The loser waits first, then next_receiver; the winner's sends give item 1 to the loser
  // and 2 to next_receiver, and finish while both are woken but have not run.
  const std::vector<int> items{1, 2};  // (not in the co_await: GCC 12 rejects an initializer list there)
  auto r = co_await freeco::when_any(receive_one(ch, 'x'), send_and_finish(ch, items, 3));
  EXPECT_EQ(r.index, 1u);
  EXPECT_EQ(started, "x");
}

TEST_F(Cancel, AReceiverGivenAnItemPassesItOnInOrder) {
  freeco::channel<int, 2> ch;
  std::vector<int> got;
  run(receiver_granted_then_cancelled(ch, got));
  EXPECT_EQ(got, (std::vector<int>{1, 2}));
  EXPECT_EQ(ch.size(), 0u);
  EXPECT_FALSE(ch.has_waiters());
}

freeco::task<> lone_receiver_cancelled(freeco::channel<int, 2>& ch) {
  const std::vector<int> items{1};
  auto r = co_await freeco::when_any(receive_one(ch), send_and_finish(ch, items, 3));
  EXPECT_EQ(r.index, 1u);
  EXPECT_EQ(co_await ch.receive(), 1) << "the item the cancelled receiver was given";
}

TEST_F(Cancel, AReceiverGivenAnItemWithNobodyElseWaitingLeavesItInTheChannel) {
  freeco::channel<int, 2> ch;
  run(lone_receiver_cancelled(ch));
  EXPECT_EQ(ch.size(), 0u);
}

// A full channel; the loser waits to send 2. The winner receives 1, which gives the loser's
// item the freed slot at once: the send is complete even though the loser never runs again.
freeco::task<int> receive_and_finish(freeco::channel<int, 1>& ch, int& got) {
  got = co_await ch.receive();
  co_return 5;
}
freeco::task<> sender_granted_then_cancelled(freeco::channel<int, 1>& ch) {
  EXPECT_TRUE(ch.try_send(1));
  int got = 0;
  auto r = co_await freeco::when_any(send_one(ch, 2), receive_and_finish(ch, got));
  EXPECT_EQ(r.index, 1u);
  EXPECT_EQ(got, 1);
  EXPECT_EQ(ch.size(), 1u);
  EXPECT_EQ(co_await ch.receive(), 2);
}

TEST_F(Cancel, ASenderGivenASlotHasSent) {
  freeco::channel<int, 1> ch;
  run(sender_granted_then_cancelled(ch));
  EXPECT_FALSE(ch.has_waiters());
}

freeco::task<int> unlock_and_finish(freeco::mutex& m) {
  co_await freeco::yield();  // let next_owner line up behind the loser
  m.unlock();                // gives the mutex to the loser, which is woken but does not run
  co_return 4;
}
freeco::task<> next_owner(freeco::mutex& m, std::string& log) {
  auto lock = co_await m.lock();
  log += 'n';
}

freeco::task<> mutex_granted_then_cancelled(freeco::mutex& m, std::string& log) {
  started.clear();
  EXPECT_TRUE(m.try_lock());
  EXPECT_EQ(freeco::spawn(next_owner(m, log)), freeco::spawn_status::spawned);
  auto r = co_await freeco::when_any(lock_one(m), unlock_and_finish(m));
  EXPECT_EQ(r.index, 1u);
  EXPECT_EQ(started, "m");
}

TEST_F(Cancel, AMutexWaiterGivenTheMutexPassesItOn) {
  freeco::mutex m;
  std::string log;
  run(mutex_granted_then_cancelled(m, log));
  EXPECT_EQ(log, "n");
  EXPECT_FALSE(m.locked());
  EXPECT_FALSE(m.has_waiters());
}

freeco::task<> mutex_granted_then_cancelled_alone(freeco::mutex& m) {
  EXPECT_TRUE(m.try_lock());
  auto r = co_await freeco::when_any(lock_one(m), unlock_and_finish(m));
  EXPECT_EQ(r.index, 1u);
  EXPECT_FALSE(m.locked()) << "given back: nobody else waits";
}

TEST_F(Cancel, AMutexWaiterGivenTheMutexWithNobodyElseWaitingUnlocksIt) {
  freeco::mutex m;
  run(mutex_granted_then_cancelled_alone(m));
}

freeco::task<int> release_and_finish(freeco::semaphore& s) {
  co_await freeco::yield();
  s.release();  // gives the permit to the loser, which does not run
  co_return 6;
}
freeco::task<> next_acquirer(freeco::semaphore& s, std::string& log) {
  co_await s.acquire();
  log += 'n';
  s.release();
}

freeco::task<> permit_granted_then_cancelled(freeco::semaphore& s, std::string& log, bool another_waits) {
  if (another_waits) {
    EXPECT_EQ(freeco::spawn(next_acquirer(s, log)), freeco::spawn_status::spawned);
  }
  auto r = co_await freeco::when_any(acquire_one(s), release_and_finish(s));
  EXPECT_EQ(r.index, 1u);
}

TEST_F(Cancel, ASemaphoreWaiterGivenAPermitGivesItBack) {
  freeco::semaphore s(0);
  std::string log;
  run(permit_granted_then_cancelled(s, log, false));
  EXPECT_EQ(s.available(), 1u);
  EXPECT_TRUE(s.try_acquire());
  run(permit_granted_then_cancelled(s, log, true));  // passed on to the next waiter instead
  EXPECT_EQ(log, "n");
  EXPECT_EQ(s.available(), 1u);
  EXPECT_FALSE(s.has_waiters());
}

// --- when_all -------------------------------------------------------------------------------

freeco::task<> all_values() {
  auto r = co_await freeco::when_all(after_yields(2, 1), after_yields(0, 2), sleep_then(freeco::ticks(3), 3));
  EXPECT_EQ(r[0], 1);
  EXPECT_EQ(r[1], 2);
  EXPECT_EQ(r[2], 3);
}

TEST_F(WhenAll, ReturnsEveryValueInArgumentOrder) { run(all_values()); }

freeco::task<> log_after_yields(std::string& log, char name, int yields) {
  for (int i = 0; i < yields; ++i) co_await freeco::yield();
  log += name;
}
freeco::task<> all_void(std::string& log) {
  co_await freeco::when_all(log_after_yields(log, 'a', 2), log_after_yields(log, 'b', 0), log_after_yields(log, 'c', 1));
  log += '!';
}

TEST_F(WhenAll, OfVoidTasksWaitsForTheLast) {
  std::string log;
  run(all_void(log));
  EXPECT_EQ(log, "bca!");
}

// A when_all whose awaiting task is cancelled while some children still wait (and one has
// finished): its destructor cancels every child.
freeco::task<int> group(objects& o) {
  co_await freeco::when_all(after_yields(0, 0), wait_event(o.e), lock_one(o.m), receive_one(o.ch), wait_interrupt(o.ie),
                            sleep_then(1_s, 0));
  co_return -1;
}

freeco::task<> when_all_cancelled(objects& o) {
  EXPECT_TRUE(o.m.try_lock());
  auto r = co_await freeco::when_any(group(o), after_yields(4, 8));
  EXPECT_EQ(r.index, 1u);
  EXPECT_EQ(r.value, 8);
  EXPECT_FALSE(o.e.has_waiters());
  EXPECT_FALSE(o.m.has_waiters());
  EXPECT_FALSE(o.ch.has_waiters());
  EXPECT_EQ(freeco::pending_timers(), 0u);
  o.m.unlock();
  o.ie.signal();
  EXPECT_EQ(co_await o.ie, 1u);
}

TEST_F(WhenAll, CancelledAsAWholeLeavesNothingLinked) {
  objects o;
  run(when_all_cancelled(o));
}

// --- timeout --------------------------------------------------------------------------------

freeco::task<> task_in_time() {
  const int64_t start = now();
  auto r = co_await freeco::timeout(after_yields(2, 5), freeco::ticks(10));
  EXPECT_TRUE(r);
  EXPECT_EQ(*r, 5);
  EXPECT_EQ(now(), start) << "no tick passed";
  EXPECT_EQ(freeco::pending_timers(), 0u) << "the timeout's timer is gone";
  auto slow = co_await freeco::timeout(sleep_then(freeco::ticks(4), 6), freeco::ticks(10));
  EXPECT_TRUE(slow);
  EXPECT_EQ(*slow, 6);
  EXPECT_EQ(now(), start + 5);
  EXPECT_EQ(freeco::pending_timers(), 0u);
  co_await freeco::sleep_for(freeco::ticks(20));  // past both timeouts' deadlines
}

TEST_F(Timeout, TheTaskFinishesFirst) { run(task_in_time()); }

freeco::task<> task_too_slow() {
  started.clear();
  const int64_t start = now();
  auto r = co_await freeco::timeout(sleep_then(freeco::ticks(100), 5), freeco::ticks(10));
  EXPECT_FALSE(r);
  EXPECT_EQ(now(), start + 11) << "counted from the next tick, as sleep_for";
  EXPECT_EQ(started, "t");
  EXPECT_EQ(freeco::pending_timers(), 0u) << "the cancelled task's sleep is gone";
  auto v = co_await freeco::timeout(freeco::sleep_for(freeco::ticks(100)), freeco::ticks(3));
  EXPECT_FALSE(v);
  EXPECT_EQ(now(), start + 15);
}

TEST_F(Timeout, TheTimerFiresFirst) { run(task_too_slow()); }

// The task's sleep and the timeout end in the same tick. The timeout's timer was set first,
// so it fires first: timed out, and the task, woken in the same round, is cancelled.
freeco::task<> same_tick_timer_first() {
  const int64_t start = now();
  auto r = co_await freeco::timeout(sleep_then(freeco::ticks(10), 5), freeco::ticks(10));
  EXPECT_FALSE(r);
  EXPECT_EQ(now(), start + 11);
}

TEST_F(Timeout, BothInTheSameTickTheTimerSetFirstWins) { run(same_tick_timer_first()); }

// The other way round: a busy task holds the executor across both deadlines, so that one
// round wakes the task (earlier deadline, first in line) and queues the timeout's expiry. The
// task wins, and the expiry, still queued, must be taken out before the timeout's frame goes.
freeco::task<> busy_for(int ticks) {
  for (int i = 0; i < ticks; ++i) freeco::host::as_interrupt(SysTick_Handler);
  co_return;
}
freeco::task<> same_round_task_first() {
  const int64_t start = now();
  EXPECT_EQ(freeco::spawn(busy_for(20)), freeco::spawn_status::spawned);
  auto r = co_await freeco::timeout(sleep_then(freeco::ticks(3), 5), freeco::ticks(5));
  EXPECT_TRUE(r);
  EXPECT_EQ(*r, 5);
  EXPECT_EQ(now(), start + 20);
}

TEST_F(Timeout, BothInTheSameRoundTheTaskFirstWins) { run(same_round_task_first()); }

// A timeout whose own awaiting task is cancelled after the timer fired, while its expiry is
// queued: the winner of the outer when_any was woken just before it, in the same tick.
freeco::task<int> with_timeout() {
  auto r = co_await freeco::timeout(sleep_then(freeco::ticks(100), 5), freeco::ticks(5));
  co_return r ? *r : -1;
}
freeco::task<> timeout_cancelled_with_expiry_queued() {
  auto r = co_await freeco::when_any(sleep_then(freeco::ticks(5), 1), with_timeout());
  EXPECT_EQ(r.index, 0u);
  EXPECT_EQ(freeco::pending_timers(), 0u);
}

TEST_F(Timeout, CancelledWhileItsExpiryIsQueued) { run(timeout_cancelled_with_expiry_queued()); }

// The awaitable overload: the receive runs in a task of its own.
freeco::task<> send_later(freeco::channel<int, 2>& ch, int ticks, int v) {
  co_await freeco::sleep_for(freeco::ticks(ticks));
  EXPECT_TRUE(ch.try_send(v));
}
freeco::task<> receive_with_timeout(freeco::channel<int, 2>& ch) {
  EXPECT_EQ(freeco::spawn(send_later(ch, 3, 11)), freeco::spawn_status::spawned);
  auto r = co_await freeco::timeout(ch.receive(), freeco::ticks(10));
  EXPECT_TRUE(r);
  EXPECT_EQ(*r, 11);
  auto none = co_await freeco::timeout(ch.receive(), freeco::ticks(10));
  EXPECT_FALSE(none);
  EXPECT_FALSE(ch.has_waiters()) << "the timed-out receive is no longer waiting";
  EXPECT_TRUE(ch.try_send(12));  // and does not take the next item
  EXPECT_EQ(co_await ch.receive(), 12);
}

TEST_F(Timeout, OfAChannelReceive) {
  freeco::channel<int, 2> ch;
  run(receive_with_timeout(ch));
}

freeco::task<> event_with_timeout(freeco::event& e) {
  auto r = co_await freeco::timeout(e, freeco::ticks(3));
  EXPECT_FALSE(r);
  EXPECT_FALSE(e.has_waiters());
  e.set();
  auto s = co_await freeco::timeout(e, freeco::ticks(3));
  EXPECT_TRUE(s);
}

TEST_F(Timeout, OfAnEvent) {
  freeco::event e;
  run(event_with_timeout(e));
}

// An operation that took effect is never reported as timed out. Here a receiver and the
// timeout end in the same tick, the receiver's timer set first: it takes the item in the
// channel and refills it from the waiting send, whose task is woken but has not run when the
// timeout's expiry comes next in line. The send happened, so the result says so (a caller
// that retried on "timed out" would send the item twice).
freeco::task<> receive_at(freeco::channel<int, 1>& ch, int64_t at, int& got) {
  co_await freeco::sleep_until(freeco::time_point(freeco::ticks(at)));
  got = co_await ch.receive();
}
freeco::task<> send_that_took_effect_as_time_ran_out(freeco::channel<int, 1>& ch) {
  EXPECT_TRUE(ch.try_send(1));  // full: the send below waits
  int got = 0;
  const int64_t start = now();
  EXPECT_EQ(freeco::spawn(receive_at(ch, start + 11, got)), freeco::spawn_status::spawned);
  co_await freeco::yield();  // the receiver's timer first
  auto r = co_await freeco::timeout(ch.send(2), freeco::ticks(10));
  EXPECT_EQ(now(), start + 11);
  EXPECT_TRUE(r) << "the item was sent";
  EXPECT_EQ(got, 1);
  EXPECT_EQ(co_await ch.receive(), 2);
}

TEST_F(Timeout, OfASendThatTookEffectInTheLastRoundSaysSent) {
  freeco::channel<int, 1> ch;
  run(send_that_took_effect_as_time_ran_out(ch));
}

// The same for a receive: the item handed to it in the round where time ran out is its result,
// not passed on.
freeco::task<> send_at(freeco::channel<int, 2>& ch, int64_t at, int v) {
  co_await freeco::sleep_until(freeco::time_point(freeco::ticks(at)));
  EXPECT_TRUE(ch.try_send(v));
}
freeco::task<> receive_that_took_effect_as_time_ran_out(freeco::channel<int, 2>& ch) {
  const int64_t start = now();
  EXPECT_EQ(freeco::spawn(send_at(ch, start + 11, 7)), freeco::spawn_status::spawned);
  co_await freeco::yield();  // the sender's timer first
  auto r = co_await freeco::timeout(ch.receive(), freeco::ticks(10));
  EXPECT_EQ(now(), start + 11);
  EXPECT_TRUE(r) << "the item was received";
  if (r) {
    EXPECT_EQ(*r, 7);
  }
  EXPECT_EQ(ch.size(), 0u);
}

TEST_F(Timeout, OfAReceiveGivenAnItemInTheLastRoundReturnsIt) {
  freeco::channel<int, 2> ch;
  run(receive_that_took_effect_as_time_ran_out(ch));
}

}  // namespace
