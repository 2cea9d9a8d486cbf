// when_any returns the first task to finish and cancels the others wherever they wait: a
// timer, a channel receive, a channel send into a full channel, a mutex, a semaphore, an
// event, an interrupt_event. Afterwards no queue holds a node of theirs: no timer pending, no
// waiter on any object, every frame back in its pool; and the objects work on.
// Exact virtual time (-icount): elapsed times are the same on every run.
// RUN: %{build}
// RUN: %{run} --icount %t.elf
#include <freeco/channel.hpp>
#include <freeco/event.hpp>
#include <freeco/interrupt_event.hpp>
#include <freeco/mutex.hpp>
#include <freeco/semaphore.hpp>
#include <freeco/when.hpp>
#include <runtime_test.h>

using namespace freeco::literals;

namespace {
constinit freeco::executor executor;
constinit freeco::channel<int, 1> empty_channel;
constinit freeco::channel<int, 1> full_channel;
constinit freeco::mutex held_mutex;
constinit freeco::semaphore no_permits(0);
constinit freeco::event never_set;
constinit freeco::interrupt_event never_signalled;
// Eight tasks at once: a pool of their own (the default classes hold seven frames).
constinit freeco::frame_pool<96, 8> racers;
int reached_end = 0;

freeco::task<int> winner(freeco::in_pool<racers>) {
  co_await freeco::sleep_for(5_ms);
  co_return 1;
}
freeco::task<int> sleeper(freeco::in_pool<racers>) {
  co_await freeco::sleep_for(50_ms);
  ++reached_end;
  co_return 2;
}
freeco::task<int> receiver(freeco::in_pool<racers>) {
  int v = co_await empty_channel.receive();
  ++reached_end;
  co_return v;
}
freeco::task<int> sender(freeco::in_pool<racers>) {
  co_await full_channel.send(5);
  ++reached_end;
  co_return 3;
}
freeco::task<int> locker(freeco::in_pool<racers>) {
  auto lock = co_await held_mutex.lock();
  ++reached_end;
  co_return 4;
}
freeco::task<int> acquirer(freeco::in_pool<racers>) {
  co_await no_permits.acquire();
  ++reached_end;
  co_return 5;
}
freeco::task<int> event_waiter(freeco::in_pool<racers>) {
  co_await never_set;
  ++reached_end;
  co_return 6;
}
freeco::task<int> interrupt_waiter(freeco::in_pool<racers>) {
  co_await never_signalled;
  ++reached_end;
  co_return 7;
}

freeco::task<> race() {
  RUNTIME_CHECK(full_channel.try_send(9));
  RUNTIME_CHECK(held_mutex.try_lock());
  auto r = co_await freeco::when_any(sleeper({}), receiver({}), sender({}), locker({}), acquirer({}),
                                      event_waiter({}), winner({}), interrupt_waiter({}));
  RUNTIME_CHECK(r.index == 6 && r.value == 1);
  RUNTIME_CHECK(freeco::pending_timers() == 0);
  RUNTIME_CHECK(!empty_channel.has_waiters() && !full_channel.has_waiters() && !held_mutex.has_waiters());
  RUNTIME_CHECK(!no_permits.has_waiters() && !never_set.has_waiters());
  RUNTIME_CHECK(racers.stats().in_use == 0);
  // The objects go on working: nothing of the losers is left in them.
  int v = 0;
  RUNTIME_CHECK(full_channel.try_receive(v) && v == 9 && !full_channel.try_receive(v));
  held_mutex.unlock();
  RUNTIME_CHECK(held_mutex.try_lock());
  held_mutex.unlock();
  never_signalled.signal();
  RUNTIME_CHECK(co_await never_signalled == 1);
  co_await freeco::sleep_for(60_ms);  // past the cancelled sleeper's deadline
  RUNTIME_CHECK(reached_end == 0);
}
}  // namespace

extern "C" int main() {
  runtime_test::spawn(executor, race());
  executor.run();
  RUNTIME_CHECK(runtime_test::frames_in_use() == 0);
  return 0;
}
