// freeco/event.hpp, mutex.hpp, semaphore.hpp and channel.hpp on the host, with the real
// executor, under ASan and UBSan: who gets woken, in which order, and what they get. What
// happens when a waiting task is cancelled is in when_test.cpp.
#include <freeco/channel.hpp>
#include <freeco/event.hpp>
#include <freeco/mutex.hpp>
#include <freeco/semaphore.hpp>

#include <string>
#include <vector>

#include "runtime_support.hpp"

namespace {

using host_test::run;

class Sync : public host_test::Runtime {};

void spawn_one(freeco::task<>&& t) { EXPECT_EQ(freeco::spawn(std::move(t)), freeco::spawn_status::spawned); }

// Spawns the tasks in order, then ends.
template <class... Tasks>
freeco::task<> spawn_all(Tasks... tasks) {
  (spawn_one(std::move(tasks)), ...);
  co_return;
}

// --- event ----------------------------------------------------------------------------------

freeco::task<> wait_and_log(freeco::event& e, std::string& log, char name) {
  co_await e;
  log += name;
}

freeco::task<> set_after_yields(freeco::event& e, std::string& log, int yields) {
  for (int i = 0; i < yields; ++i) co_await freeco::yield();
  log += '!';
  e.set();  // from a task: the waiters are queued at once
  e.set();  // and only once
}

TEST_F(Sync, EventReleasesEveryWaiterInOrderAndStaysSet) {
  freeco::event e;
  std::string log;
  run(spawn_all(wait_and_log(e, log, 'a'), wait_and_log(e, log, 'b'), set_after_yields(e, log, 2),
                wait_and_log(e, log, 'c')));
  EXPECT_EQ(log, "!abc");
  EXPECT_TRUE(e.is_set());
  EXPECT_FALSE(e.has_waiters());
  run(wait_and_log(e, log, 'd'));  // set: goes straight on
  EXPECT_EQ(log, "!abcd");
  e.reset();
  EXPECT_FALSE(e.is_set());
}

freeco::event* idle_event = nullptr;
int idle_rounds_before_set = 0;
void set_from_interrupt() {
  SysTick_Handler();
  if (--idle_rounds_before_set != 0) return;
  idle_event->set();  // from a handler: queues the release for thread mode...
  idle_event->set();  // ...once
}

TEST_F(Sync, EventSetFromAnInterruptReleasesTheWaiters) {
  freeco::event e;
  std::string log;
  idle_event = &e;
  idle_rounds_before_set = 3;
  freeco::host::on_idle = set_from_interrupt;
  run(spawn_all(wait_and_log(e, log, 'a'), wait_and_log(e, log, 'b')));
  EXPECT_EQ(log, "ab");
  EXPECT_FALSE(e.has_waiters());
}

// The event's own awaiter, with an interrupt's set() played between its await_ready (the flag
// is tested: not set) and its await_suspend (the waiter links itself): a set in that window
// must still release it. (The awaiter once noted the count of sets only in await_suspend, so
// this set looked older than the waiter and it slept with the event set.)
struct set_inside_the_await {
  freeco::event& e;
  decltype(std::declval<freeco::event&>().operator co_await()) inner;
  bool await_ready() {
    const bool ready = inner.await_ready();
    freeco::host::as_interrupt([this] { e.set(); });
    return ready;
  }
  template <class P>
  void await_suspend(std::coroutine_handle<P> me) {
    inner.await_suspend(me);
  }
  void await_resume() { inner.await_resume(); }
};

freeco::task<> wait_through_the_window(freeco::event& e, std::string& log) {
  co_await set_inside_the_await{e, e.operator co_await()};
  log += 'a';
}

TEST_F(Sync, EventSetFromAnInterruptBetweenTestAndWaitReleasesTheWaiter) {
  freeco::event e;
  std::string log;
  run(wait_through_the_window(e, log));
  EXPECT_EQ(log, "a");
  EXPECT_FALSE(e.has_waiters());
}

// --- mutex ----------------------------------------------------------------------------------

freeco::task<> hold(freeco::mutex& m, std::string& log, char name, int yields) {
  auto lock = co_await m.lock();
  EXPECT_TRUE(m.locked());
  log += name;
  for (int i = 0; i < yields; ++i) co_await freeco::yield();
  log += name;
}

// Each waiter gets the mutex in the order it asked; the holder's unlock cannot be overtaken
// by a task that asks again at once.
freeco::task<> hold_twice(freeco::mutex& m, std::string& log, char name) {
  co_await hold(m, log, name, 1);
  co_await hold(m, log, name, 0);
}

TEST_F(Sync, MutexIsHandedOverInFifoOrder) {
  freeco::mutex m;
  std::string log;
  run(spawn_all(hold_twice(m, log, 'a'), hold(m, log, 'b', 2), hold(m, log, 'c', 0)));
  EXPECT_EQ(log, "aabbccaa");
  EXPECT_FALSE(m.locked());
  EXPECT_FALSE(m.has_waiters());
  EXPECT_TRUE(m.try_lock());
  EXPECT_FALSE(m.try_lock());
  m.unlock();
  EXPECT_FALSE(m.locked());
}

// --- semaphore ------------------------------------------------------------------------------

freeco::task<> use_permit(freeco::semaphore& s, int& holders, int& most, std::string& log, char name) {
  co_await s.acquire();
  log += name;
  most = std::max(most, ++holders);
  co_await freeco::yield();
  co_await freeco::yield();
  --holders;
  s.release();
}

TEST_F(Sync, SemaphoreLimitsHoldersAndServesInOrder) {
  freeco::semaphore s(2);
  int holders = 0, most = 0;
  std::string log;
  run(spawn_all(use_permit(s, holders, most, log, 'a'), use_permit(s, holders, most, log, 'b'),
                use_permit(s, holders, most, log, 'c'), use_permit(s, holders, most, log, 'd'),
                use_permit(s, holders, most, log, 'e')));
  EXPECT_EQ(log, "abcde");
  EXPECT_EQ(most, 2);
  EXPECT_EQ(s.available(), 2u);
  EXPECT_FALSE(s.has_waiters());
}

freeco::task<> acquire_and_log(freeco::semaphore& s, std::string& log, char name) {
  co_await s.acquire();
  log += name;
}
freeco::task<> release_three(freeco::semaphore& s) {
  co_await freeco::yield();
  s.release(3);
}

TEST_F(Sync, SemaphoreReleaseOfSeveralWakesSeveral) {
  freeco::semaphore s(0);
  std::string log;
  run(spawn_all(acquire_and_log(s, log, 'a'), acquire_and_log(s, log, 'b'), release_three(s)));
  EXPECT_EQ(log, "ab");
  EXPECT_EQ(s.available(), 1u);
}

// --- channel --------------------------------------------------------------------------------

// An item that counts its live copies: the channel must destroy exactly what it made.
struct tracked {
  static inline int live = 0;
  int value;
  explicit tracked(int v) noexcept : value(v) { ++live; }
  tracked(tracked&& other) noexcept : value(other.value) {
    ++live;
    other.value = -1;
  }
  tracked& operator=(tracked&& other) noexcept {
    value = other.value;
    other.value = -1;
    return *this;
  }
  ~tracked() { --live; }
};

freeco::task<> send_range(freeco::channel<tracked, 2>& ch, int from, int to, std::string& log) {
  for (int i = from; i < to; ++i) {
    co_await ch.send(tracked(i));
    log += 's';
  }
}
freeco::task<> receive_n(freeco::channel<tracked, 2>& ch, int n, std::vector<int>& got, std::string& log) {
  for (int i = 0; i < n; ++i) {
    got.push_back((co_await ch.receive()).value);
    log += 'r';
  }
}

TEST_F(Sync, ChannelKeepsOrderWhenFullAndSendersWait) {
  std::vector<int> got;
  std::string log;
  {
    freeco::channel<tracked, 2> ch;
    run(spawn_all(send_range(ch, 0, 6, log), receive_n(ch, 6, got, log)));
    EXPECT_EQ(ch.size(), 0u);
    EXPECT_FALSE(ch.has_waiters());
    EXPECT_EQ(tracked::live, 0);
    run(send_range(ch, 6, 8, log));  // fills it; nobody receives
    EXPECT_EQ(ch.size(), 2u);
    EXPECT_EQ(tracked::live, 2);
  }
  EXPECT_EQ(tracked::live, 0) << "the channel's destructor destroys what it holds";
  EXPECT_EQ(got, (std::vector<int>{0, 1, 2, 3, 4, 5}));
}

freeco::task<> receive_into(freeco::channel<int, 4>& ch, std::vector<std::pair<char, int>>& got, char name) {
  got.emplace_back(name, co_await ch.receive());
}
freeco::task<> send_ints(freeco::channel<int, 4>& ch, std::vector<int> values) {
  co_await freeco::yield();
  for (int v : values) co_await ch.send(v);
}

TEST_F(Sync, ChannelServesWaitingReceiversInOrder) {
  freeco::channel<int, 4> ch;
  std::vector<std::pair<char, int>> got;
  run(spawn_all(receive_into(ch, got, 'a'), receive_into(ch, got, 'b'), receive_into(ch, got, 'c'),
                send_ints(ch, {10, 20, 30})));
  EXPECT_EQ(got, (std::vector<std::pair<char, int>>{{'a', 10}, {'b', 20}, {'c', 30}}));
}

freeco::channel<int, 4>* idle_channel = nullptr;
int next_sample = 0;
void send_from_interrupt() {
  SysTick_Handler();
  for (int i = 0; i < 3; ++i) (void)idle_channel->try_send(next_sample++);  // 6 into 4 slots
  for (int i = 0; i < 3; ++i) (void)idle_channel->try_send(next_sample++);
}

TEST_F(Sync, ChannelTrySendFromAnInterruptWakesTheReceiver) {
  freeco::channel<int, 4> ch;
  std::vector<std::pair<char, int>> got;
  idle_channel = &ch;
  next_sample = 0;
  freeco::host::on_idle = send_from_interrupt;
  run(spawn_all(receive_into(ch, got, 'a'), receive_into(ch, got, 'b')));
  EXPECT_EQ(got, (std::vector<std::pair<char, int>>{{'a', 0}, {'b', 1}}));
  // Of six sends into four slots two were refused; two of the four are still there, in order.
  int v = -1;
  EXPECT_EQ(ch.size(), 2u);
  EXPECT_TRUE(ch.try_receive(v));
  EXPECT_EQ(v, 2);
  EXPECT_TRUE(ch.try_receive(v));
  EXPECT_EQ(v, 3);
  EXPECT_FALSE(ch.try_receive(v));
}

TEST_F(Sync, ChannelTrySendAndTryReceiveWithoutTasks) {
  freeco::channel<int, 2> ch;
  int v = 0;
  EXPECT_FALSE(ch.try_receive(v));
  EXPECT_TRUE(ch.try_send(1));
  EXPECT_TRUE(ch.try_send(2));
  EXPECT_FALSE(ch.try_send(3));  // full
  EXPECT_TRUE(ch.try_receive(v));
  EXPECT_EQ(v, 1);
  EXPECT_TRUE(ch.try_send(4));  // wraps around
  EXPECT_TRUE(ch.try_receive(v));
  EXPECT_EQ(v, 2);
  EXPECT_TRUE(ch.try_receive(v));
  EXPECT_EQ(v, 4);
  EXPECT_EQ(ch.size(), 0u);
}

}  // namespace
