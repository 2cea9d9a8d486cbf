// libcore/src/executor.cpp and freeco/task.hpp on the host: running, awaiting and cancelling
// tasks, and executor::unqueue, under ASan and UBSan.
#include <freeco/callback_node.hpp>
#include <freeco/executor.hpp>
#include <freeco/interrupt_event.hpp>
#include <freeco/task.hpp>

#include <algorithm>
#include <deque>
#include <random>
#include <string>
#include <vector>

#include "runtime_support.hpp"

namespace {

using host_test::executor;
using host_test::frames_in_use;
using host_test::run;

class Executor : public host_test::Runtime {};

// --- executor::unqueue, with callback nodes (run-queue entries that are not coroutines) -----

std::vector<int> ran;

struct probe : freeco::detail::callback_node {
  explicit probe(int id) : callback_node(&probe::record), id(id) {}
  static void record(void* self) { ran.push_back(static_cast<probe*>(self)->id); }
  int id;
};

// Runs whatever is queued (no task is alive, so run() returns once the queues are empty).
std::vector<int> run_queued() {
  ran.clear();
  executor.run();
  return ran;
}

TEST_F(Executor, CallbackNodesRunInWakeOrderAfterTheReadyQueue) {
  probe a(1), b(2), c(3), d(4);
  executor.wake_from_interrupt(c.node);
  executor.wake(a.node);
  executor.wake_from_interrupt(d.node);
  executor.wake(b.node);
  EXPECT_EQ(run_queued(), (std::vector<int>{1, 2, 3, 4}));
}

TEST_F(Executor, UnqueueFromTheReadyQueue) {
  probe a(1), b(2), c(3), d(4);
  for (probe* p : {&a, &b, &c}) executor.wake(p->node);
  executor.unqueue(c.node);  // the tail: a later wake must still be queued after b
  executor.wake(d.node);
  executor.unqueue(a.node);
  EXPECT_EQ(run_queued(), (std::vector<int>{2, 4}));
}

TEST_F(Executor, UnqueueFromTheInterruptWakeStack) {
  probe a(1), b(2), c(3), d(4), e(5);
  for (probe* p : {&a, &b, &c, &d}) executor.wake_from_interrupt(p->node);  // d c b a
  executor.unqueue(c.node);  // below the top
  executor.unqueue(d.node);  // the top
  executor.unqueue(a.node);  // the bottom
  executor.wake_from_interrupt(e.node);
  EXPECT_EQ(run_queued(), (std::vector<int>{2, 5}));
}

TEST_F(Executor, UnqueueOfANodeInNoQueueChangesNothing) {
  probe a(1), b(2), c(3);
  executor.unqueue(a.node);
  executor.wake(b.node);
  executor.wake_from_interrupt(c.node);
  executor.unqueue(a.node);
  EXPECT_EQ(run_queued(), (std::vector<int>{2, 3}));
}

// Wakes from thread mode and from "interrupts", and unqueues, at random, against a model: the
// executor runs the ready queue in order, then the interrupt wakes in the order they came.
TEST_F(Executor, UnqueueMatchesAModelOverRandomOperations) {
  std::mt19937 random(0xE8EC);
  std::deque<probe> probes;  // probes do not move
  for (int i = 0; i < 12; ++i) probes.emplace_back(i);
  size_t removals = 0;
  for (int round = 0; round < 300; ++round) {
    std::vector<int> ready, woken;  // the model
    auto queued = [&](int id) {
      return std::find(ready.begin(), ready.end(), id) != ready.end() ||
             std::find(woken.begin(), woken.end(), id) != woken.end();
    };
    for (int step = 0; step < 20; ++step) {
      const int id = int(random() % probes.size());
      switch (random() % 3) {
        case 0:
          if (queued(id)) break;
          executor.wake(probes[size_t(id)].node);
          ready.push_back(id);
          break;
        case 1:
          if (queued(id)) break;
          executor.wake_from_interrupt(probes[size_t(id)].node);
          woken.push_back(id);
          break;
        case 2:
          if (queued(id)) ++removals;
          executor.unqueue(probes[size_t(id)].node);
          std::erase(ready, id);
          std::erase(woken, id);
          break;
      }
    }
    ready.insert(ready.end(), woken.begin(), woken.end());
    ASSERT_EQ(run_queued(), ready) << "round " << round;
  }
  EXPECT_GT(removals, 500u);
}

// --- tasks ------------------------------------------------------------------------------------

freeco::task<int> constant(int v) { co_return v; }
freeco::task<int> sum_of_chain(int depth) {
  if (depth == 0) co_return 0;
  co_return 1 + co_await sum_of_chain(depth - 1);
}

freeco::task<> check_values(int& out) {
  out = co_await constant(41) + 1;
  EXPECT_EQ(co_await sum_of_chain(10), 10);
}

TEST_F(Executor, AwaitedTasksReturnTheirValues) {
  int out = 0;
  run(check_values(out));
  EXPECT_EQ(out, 42);
}

freeco::task<> take_turns(std::string& log, char name, int turns) {
  for (int i = 0; i < turns; ++i) {
    log += name;
    co_await freeco::yield();
  }
}

TEST_F(Executor, YieldLetsEveryReadyTaskRunOnce) {
  std::string log;
  ASSERT_EQ(executor.spawn(take_turns(log, 'a', 3)), freeco::spawn_status::spawned);
  ASSERT_EQ(executor.spawn(take_turns(log, 'b', 2)), freeco::spawn_status::spawned);
  ASSERT_EQ(executor.spawn(take_turns(log, 'c', 3)), freeco::spawn_status::spawned);
  EXPECT_EQ(executor.live_tasks(), 3u);
  executor.run();
  EXPECT_EQ(log, "abcabcac");
}

freeco::task<> spawner(std::string& log) {
  log += 'p';
  EXPECT_EQ(freeco::spawn(take_turns(log, 'x', 2)), freeco::spawn_status::spawned);
  co_await freeco::yield();
  log += 'q';
}

TEST_F(Executor, SpawnFromATask) {
  std::string log;
  run(spawner(log));
  EXPECT_EQ(log, "pxqx");
}

// A task that was never started, or is suspended, frees its frame when destroyed.
freeco::task<> never_finishes() {
  for (;;) co_await std::suspend_always();
}

TEST_F(Executor, DestroyingATaskFreesItsFrame) {
  {
    freeco::task<int> t = constant(1);
    EXPECT_TRUE(t);
    EXPECT_EQ(frames_in_use(), 1u);
  }
  EXPECT_EQ(frames_in_use(), 0u);
}

// A class full: the coroutine call returns an empty task, spawn says so, the class counts it.
TEST_F(Executor, AFullClassGivesAnEmptyTask) {
  std::vector<freeco::task<int>> held;
  const freeco::pool_stats before = freeco::frames.stats(0);
  for (size_t i = 0; i < before.capacity; ++i) held.push_back(constant(int(i)));
  freeco::task<int> refused = constant(-1);
  EXPECT_FALSE(refused);
  EXPECT_EQ(freeco::frames.stats(0).failed, before.failed + 1);
  EXPECT_EQ(freeco::frames.stats(0).in_use, before.capacity);
  held.clear();
}

freeco::task<> await_empty() {
  freeco::task<int> empty;
  co_await std::move(empty);
}

TEST_F(Executor, AwaitingAnEmptyTaskPanics) {
  EXPECT_DEATH(run(await_empty()), "ERROR\\(freeco\\): co_await on an empty task");
}

TEST_F(Executor, SpawnWithNoExecutorRunningPanics) {
  EXPECT_DEATH((void)freeco::spawn(never_finishes()), "ERROR\\(freeco\\): freeco::spawn\\(\\) with no executor running");
}

// The host's stand-in for WFI: an executor that nothing can wake fails the test instead of
// hanging it.
TEST_F(Executor, AnIdleExecutorThatNothingWakesFailsTheTest) {
  freeco::host::idle_limit = 1000;
  EXPECT_DEATH(run(never_finishes()), "the executor was idle for 1000 rounds and nothing woke it");
}

// --- interrupt_event ------------------------------------------------------------------------

freeco::task<> count_signals(freeco::interrupt_event& e, std::vector<unsigned>& counts, int times) {
  for (int i = 0; i < times; ++i) counts.push_back(co_await e);
}

freeco::task<> signal_in_bursts(freeco::interrupt_event& e) {
  e.signal();  // before the waiter waits: pending
  e.signal();
  co_await freeco::yield();
  co_await freeco::yield();
  e.signal();  // the waiter is waiting: wakes it
  co_await freeco::yield();
  e.signal();  // woken, not run yet: counted from idle
  e.signal();
  e.signal();
}

freeco::task<> signals_scenario(freeco::interrupt_event& e, std::vector<unsigned>& counts) {
  EXPECT_EQ(freeco::spawn(signal_in_bursts(e)), freeco::spawn_status::spawned);
  co_await freeco::yield();  // the first two signals come before anyone waits
  co_await count_signals(e, counts, 3);
}

TEST_F(Executor, InterruptEventCountsEverySignal) {
  freeco::interrupt_event e;
  std::vector<unsigned> counts;
  run(signals_scenario(e, counts));
  EXPECT_EQ(counts, (std::vector<unsigned>{2, 1, 3}));
}

freeco::task<> await_event(freeco::interrupt_event& e) { co_await e; }

freeco::task<> two_waiters(freeco::interrupt_event& e) {
  EXPECT_EQ(freeco::spawn(await_event(e)), freeco::spawn_status::spawned);
  EXPECT_EQ(freeco::spawn(await_event(e)), freeco::spawn_status::spawned);
  co_return;
}

TEST_F(Executor, TwoTasksAwaitingOneInterruptEventPanics) {
  freeco::interrupt_event e;
  EXPECT_DEATH(run(two_waiters(e)), "ERROR\\(freeco\\): two tasks await one interrupt_event");
}

}  // namespace
