// Scenarios on the synchronisation objects, driven by a source of choices: random
// (sync_random_test.cpp, GoogleTest) or the fuzzer's bytes (tests/fuzz/sync_fuzz.cpp). Each
// runs tasks on the host executor and checks what the object promises (see
// sync_random_test.cpp) through SCENARIO_EXPECT(condition, what), which the includer defines.
// Choices: anything with `unsigned pick(unsigned n)`, a number below n.
#pragma once

#include <freeco/channel.hpp>
#include <freeco/event.hpp>
#include <freeco/semaphore.hpp>
#include <freeco/when.hpp>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include <freeco/target/cpu_mode.hpp>

namespace scenario {

inline void spawn_or_fail(freeco::task<>&& t) {
  SCENARIO_EXPECT(freeco::spawn(std::move(t)) == freeco::spawn_status::spawned, "spawn failed");
}

template <size_t N, class Choices>
struct channel_run {
  freeco::channel<int, N> channel;
  Choices& random;
  int senders_running = 0;
  size_t expected = 0;  // items whose send has started, or whose try_send was accepted
  std::vector<int> received;
  std::map<int, std::vector<int>> sent_by;  // sender -> its accepted items, in program order

  explicit channel_run(Choices& c) : random(c) {}
  unsigned pick(unsigned n) { return random.pick(n); }
  void check_bound() { SCENARIO_EXPECT(channel.size() <= N, "the channel holds more than its capacity"); }

  freeco::task<> sender(int id, int items) {
    for (int k = 0; k < items; ++k) {
      const int value = id * 1000 + k;
      switch (pick(4)) {
        case 0: {  // try_send as an interrupt handler would
          bool accepted = false;
          freeco::host::as_interrupt([&] { accepted = channel.try_send(value); });
          if (accepted) {
            ++expected;
            sent_by[id].push_back(value);
          }
          break;
        }
        case 1:  // try_send from the task
          if (channel.try_send(value)) {
            ++expected;
            sent_by[id].push_back(value);
          }
          break;
        default:  // a send that waits for room
          ++expected;
          sent_by[id].push_back(value);
          co_await channel.send(value);
      }
      check_bound();
      for (unsigned y = pick(3); y > 0; --y) co_await freeco::yield();
    }
    --senders_running;
  }

  // Receives until it gets the end mark (-1), which closer() sends once per receiver after
  // every sender has finished: receivers wait in receive() whenever nothing is there.
  freeco::task<> receiver() {
    for (;;) {
      int value;
      switch (pick(3)) {
        case 0:  // try_receive, else wait
          if (!channel.try_receive(value)) value = co_await channel.receive();
          break;
        case 1: {  // a receive with a time limit: a timed-out receive took nothing
          auto got = co_await freeco::timeout(channel.receive(), freeco::ticks(pick(3)));
          if (!got) continue;
          value = *got;
          break;
        }
        default:
          value = co_await channel.receive();
      }
      check_bound();
      if (value < 0) co_return;
      received.push_back(value);
      for (unsigned y = pick(3); y > 0; --y) co_await freeco::yield();
    }
  }

  freeco::task<> closer(int receivers) {
    while (senders_running != 0) co_await freeco::yield();
    for (int r = 0; r < receivers; ++r) co_await channel.send(-1);
  }

  freeco::task<> start() {
    const int senders = 1 + static_cast<int>(pick(3)), receivers = 1 + static_cast<int>(pick(3));
    senders_running = senders;
    // Interleave the two kinds in a random spawn order.
    std::vector<int> order;
    for (int s = 0; s < senders; ++s) order.push_back(s);
    for (int r = 0; r < receivers; ++r) order.push_back(-1);
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[pick(static_cast<unsigned>(i))]);
    for (int who : order) {
      if (who >= 0)
        spawn_or_fail(sender(who + 1, static_cast<int>(pick(8))));
      else
        spawn_or_fail(receiver());
    }
    spawn_or_fail(closer(receivers));
    co_return;
  }

  void check() {
    SCENARIO_EXPECT(channel.size() == 0, "items left in the channel");
    SCENARIO_EXPECT(!channel.has_waiters(), "tasks left waiting on the channel");
    SCENARIO_EXPECT(received.size() == expected, "received a different number of items than were sent");
    std::vector<int> all_sent;
    for (auto& [id, items] : sent_by) all_sent.insert(all_sent.end(), items.begin(), items.end());
    std::vector<int> got = received;
    std::sort(all_sent.begin(), all_sent.end());
    std::sort(got.begin(), got.end());
    SCENARIO_EXPECT(got == all_sent, "an item was lost or doubled");
    for (auto& [id, items] : sent_by) {
      std::vector<int> in_order;
      for (int v : received)
        if (v / 1000 == id) in_order.push_back(v);
      SCENARIO_EXPECT(in_order == items, "sender " + std::to_string(id) + "'s items left out of order");
    }
  }
};

template <class Choices>
struct semaphore_run {
  Choices& random;
  size_t permits;
  freeco::semaphore semaphore;
  size_t holders = 0, most = 0, served = 0, wanted = 0;

  explicit semaphore_run(Choices& c) : random(c), permits(1 + random.pick(3)), semaphore(permits) {}
  unsigned pick(unsigned n) { return random.pick(n); }

  freeco::task<> user(int rounds) {
    for (int i = 0; i < rounds; ++i) {
      ++wanted;
      if (pick(3) == 0) {
        if (!semaphore.try_acquire()) {
          --wanted;
          co_await freeco::yield();
          continue;
        }
      } else if (pick(3) == 0) {
        if (!co_await freeco::timeout(semaphore.acquire(), freeco::ticks(pick(3)))) {
          --wanted;  // timed out: holds nothing
          continue;
        }
      } else {
        co_await semaphore.acquire();
      }
      ++served;
      most = std::max(most, ++holders);
      SCENARIO_EXPECT(holders <= permits, "more holders than permits");
      for (unsigned y = pick(3); y > 0; --y) co_await freeco::yield();
      --holders;
      semaphore.release();
    }
  }
  freeco::task<> start() {
    for (unsigned n = 1 + pick(5); n > 0; --n) spawn_or_fail(user(static_cast<int>(pick(6))));
    co_return;
  }
  void check() {
    SCENARIO_EXPECT(served == wanted, "an acquire was not served");
    SCENARIO_EXPECT(holders == 0 && semaphore.available() == permits, "a permit was lost or made up");
    SCENARIO_EXPECT(!semaphore.has_waiters(), "tasks left waiting on the semaphore");
  }
};

template <class Choices>
struct event_run {
  Choices& random;
  freeco::event event;
  int sets = 0;                // set() calls so far
  std::vector<int> owed;       // per waiter: the sets count when it started waiting
  std::vector<bool> released;  // per waiter
  int waiters_running = 0;
  bool setter_done = false;

  explicit event_run(Choices& c) : random(c) {}
  unsigned pick(unsigned n) { return random.pick(n); }

  freeco::task<> waiter(size_t me) {
    owed[me] = sets;
    co_await event;
    released[me] = true;
    --waiters_running;
  }
  freeco::task<> setter(int steps) {
    for (int i = 0; i < steps; ++i) {
      switch (pick(4)) {
        case 0:
          ++sets;
          freeco::host::as_interrupt([&] { event.set(); });
          if (pick(2) == 0) event.reset();  // before thread mode has released anyone
          break;
        case 1:
          ++sets;
          event.set();
          break;
        case 2:
          event.reset();
          break;
        default: {
          const size_t me = owed.size();
          owed.push_back(0);
          released.push_back(false);
          ++waiters_running;
          spawn_or_fail(waiter(me));
        }
      }
      for (unsigned y = pick(3); y > 0; --y) co_await freeco::yield();
    }
    // Whoever still waits started after the last set and its reset: one last set ends the run.
    for (int y = 0; y < 3; ++y) co_await freeco::yield();
    for (size_t w = 0; w < owed.size(); ++w) {
      if (!released[w]) {
        SCENARIO_EXPECT(owed[w] >= sets, "waiter " + std::to_string(w) + " waited through a set");
      }
    }
    ++sets;
    event.set();
    setter_done = true;
  }
  freeco::task<> start() { return setter(static_cast<int>(pick(12))); }
  void check() {
    SCENARIO_EXPECT(setter_done && waiters_running == 0, "a waiter was never released");
    SCENARIO_EXPECT(!event.has_waiters(), "tasks left waiting on the event");
  }
};

}  // namespace scenario
