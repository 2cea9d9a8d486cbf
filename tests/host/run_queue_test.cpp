// freeco/run_queue.hpp on the host: the executor's FIFO of task nodes, under ASan and UBSan.
#include "freeco/run_queue.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <deque>
#include <random>
#include <vector>

namespace {

using freeco::detail::run_queue;
using freeco::detail::task_node;

// Pops everything, in order.
std::vector<task_node*> drain(run_queue& q) {
  std::vector<task_node*> out;
  while (task_node* n = q.pop()) out.push_back(n);
  EXPECT_TRUE(q.empty());
  return out;
}

// Links nodes into a chain as an interrupt wake stack holds it: the newest (last woken) first.
// `woken` lists them in the order they were woken.
task_node* wake_stack(std::vector<task_node*> woken) {
  task_node* top = nullptr;
  for (task_node* n : woken) {
    n->next = top;
    top = n;
  }
  return top;
}

using nodes = std::vector<task_node*>;

// A queue is constant-initialised (the executor's lives in .bss).
constinit run_queue static_queue;

TEST(RunQueue, StartsEmpty) {
  run_queue q;
  EXPECT_TRUE(q.empty());
  EXPECT_EQ(q.pop(), nullptr);
  EXPECT_TRUE(static_queue.empty());
}

TEST(RunQueue, PopOnEmptyReturnsNullAndLeavesItUsable) {
  run_queue q;
  EXPECT_EQ(q.pop(), nullptr);
  EXPECT_EQ(q.pop(), nullptr);
  task_node a;
  q.push(a);
  EXPECT_FALSE(q.empty());
  EXPECT_EQ(q.pop(), &a);
  EXPECT_EQ(q.pop(), nullptr);
  EXPECT_TRUE(q.empty());
}

TEST(RunQueue, PushIsFirstInFirstOut) {
  run_queue q;
  task_node a, b, c;
  q.push(a);
  q.push(b);
  q.push(c);
  EXPECT_FALSE(q.empty());
  EXPECT_EQ(drain(q), (nodes{&a, &b, &c}));
}

// A node comes back to the queue with whatever link it had: push must not follow it.
TEST(RunQueue, PushIgnoresAStaleLink) {
  run_queue q;
  task_node a, stale;
  a.next = &stale;
  q.push(a);
  EXPECT_EQ(drain(q), (nodes{&a}));
}

TEST(RunQueue, UsableAgainAfterBeingEmptied) {
  run_queue q;
  task_node a, b, c, d;
  q.push(a);
  q.push(b);
  EXPECT_EQ(q.pop(), &a);
  EXPECT_EQ(q.pop(), &b);
  EXPECT_TRUE(q.empty());
  // The tail must have gone back to the head: these must not hang off b.
  q.push(c);
  q.push(d);
  EXPECT_EQ(b.next, nullptr);
  EXPECT_EQ(drain(q), (nodes{&c, &d}));
  q.push(a);
  EXPECT_EQ(drain(q), (nodes{&a}));
}

TEST(RunQueue, PushFrontGoesFirst) {
  run_queue q;
  task_node a, b, c;
  q.push(a);
  q.push(b);
  q.push_front(c);
  EXPECT_EQ(drain(q), (nodes{&c, &a, &b}));
}

// push_front into an empty queue sets the tail: a later push goes after it.
TEST(RunQueue, PushFrontOnEmptyThenPush) {
  run_queue q;
  task_node a, b, c;
  q.push_front(a);
  q.push(b);
  q.push_front(c);
  EXPECT_EQ(drain(q), (nodes{&c, &a, &b}));
  // And after push_front emptied by pop.
  q.push_front(a);
  EXPECT_EQ(q.pop(), &a);
  q.push(b);
  q.push(c);
  EXPECT_EQ(drain(q), (nodes{&b, &c}));
}

TEST(RunQueue, PushFrontOnNonEmptyKeepsTheTail) {
  run_queue q;
  task_node a, b, c;
  q.push(a);
  q.push_front(b);
  q.push(c);
  EXPECT_EQ(drain(q), (nodes{&b, &a, &c}));
}

TEST(RunQueue, PushNewestFirstOfNothingChangesNothing) {
  run_queue q;
  q.push_newest_first(nullptr);
  EXPECT_TRUE(q.empty());
  EXPECT_EQ(q.pop(), nullptr);
  task_node a, b;
  q.push(a);
  q.push_newest_first(nullptr);
  q.push(b);
  EXPECT_EQ(drain(q), (nodes{&a, &b}));
}

TEST(RunQueue, PushNewestFirstRunsInWakeOrder) {
  run_queue q;
  task_node a, b, c;
  q.push_newest_first(wake_stack({&a, &b, &c}));  // c -> b -> a
  EXPECT_FALSE(q.empty());
  EXPECT_EQ(drain(q), (nodes{&a, &b, &c}));
}

TEST(RunQueue, PushNewestFirstOfOneNode) {
  run_queue q;
  task_node a, b;
  q.push_newest_first(wake_stack({&a}));
  q.push(b);
  EXPECT_EQ(drain(q), (nodes{&a, &b}));
}

TEST(RunQueue, PushNewestFirstAppendsAfterQueuedNodes) {
  run_queue q;
  task_node x, a, b, c, y, z;
  q.push(x);
  q.push_newest_first(wake_stack({&a, &b, &c}));
  q.push(y);  // the tail is the newest node's link now
  q.push_front(z);
  EXPECT_EQ(drain(q), (nodes{&z, &x, &a, &b, &c, &y}));
}

TEST(RunQueue, TwoWakeStacksInARow) {
  run_queue q;
  task_node a, b, c, d, e;
  q.push_newest_first(wake_stack({&a, &b}));
  q.push_newest_first(wake_stack({&c, &d, &e}));
  EXPECT_EQ(q.pop(), &a);
  EXPECT_EQ(drain(q), (nodes{&b, &c, &d, &e}));
  // Emptied by pop after a wake stack: the tail is back at the head.
  q.push(a);
  EXPECT_EQ(drain(q), (nodes{&a}));
}

TEST(RunQueue, LeavesContinuationsAlone) {
  run_queue q;
  task_node a, b, c, parent;
  a.continuation = &parent;
  c.continuation = &a;
  q.push(a);
  q.push_front(b);
  q.push_newest_first(wake_stack({&c}));
  EXPECT_EQ(drain(q), (nodes{&b, &a, &c}));
  EXPECT_EQ(a.continuation, &parent);
  EXPECT_EQ(b.continuation, nullptr);
  EXPECT_EQ(c.continuation, &a);
}

// remove (cancellation of a woken task): from each place, and the tail must follow, so that
// the next push still appends after the last node left.
TEST(RunQueue, RemoveTheHead) {
  run_queue q;
  task_node a, b, c, d;
  q.push(a);
  q.push(b);
  q.push(c);
  EXPECT_TRUE(q.remove(a));
  q.push(d);
  EXPECT_EQ(drain(q), (nodes{&b, &c, &d}));
}

TEST(RunQueue, RemoveFromTheMiddle) {
  run_queue q;
  task_node a, b, c, d;
  q.push(a);
  q.push(b);
  q.push(c);
  EXPECT_TRUE(q.remove(b));
  q.push(d);
  EXPECT_EQ(drain(q), (nodes{&a, &c, &d}));
}

TEST(RunQueue, RemoveTheTailMovesTheTail) {
  run_queue q;
  task_node a, b, c, d;
  q.push(a);
  q.push(b);
  q.push(c);
  EXPECT_TRUE(q.remove(c));
  q.push(d);  // must follow b, not hang off the removed c
  EXPECT_EQ(c.next, nullptr);
  EXPECT_EQ(drain(q), (nodes{&a, &b, &d}));
}

TEST(RunQueue, RemoveTheOnlyNodeEmptiesIt) {
  run_queue q;
  task_node a, b;
  q.push(a);
  EXPECT_TRUE(q.remove(a));
  EXPECT_TRUE(q.empty());
  EXPECT_EQ(q.pop(), nullptr);
  q.push(b);  // the tail is back at the head
  EXPECT_EQ(drain(q), (nodes{&b}));
  q.push_front(a);
  EXPECT_TRUE(q.remove(a));
  q.push_front(b);
  q.push(a);
  EXPECT_EQ(drain(q), (nodes{&b, &a}));
}

TEST(RunQueue, RemoveAfterAWakeStack) {
  run_queue q;
  task_node a, b, c, d;
  q.push_newest_first(wake_stack({&a, &b, &c}));
  EXPECT_TRUE(q.remove(c));  // the newest, which push_newest_first made the tail
  q.push(d);
  EXPECT_EQ(drain(q), (nodes{&a, &b, &d}));
}

TEST(RunQueue, RemoveOfANodeNotQueuedReturnsFalse) {
  run_queue q;
  task_node a, b, c, stranger;
  EXPECT_FALSE(q.remove(a));  // empty
  q.push(a);
  q.push(b);
  stranger.next = &b;  // a stale link must not fool it
  EXPECT_FALSE(q.remove(stranger));
  EXPECT_TRUE(q.remove(b));
  EXPECT_FALSE(q.remove(b));  // twice
  q.push(c);
  EXPECT_EQ(drain(q), (nodes{&a, &c}));
  EXPECT_FALSE(q.remove(a));  // popped
}

// push, push_front, wake stacks, pop and remove of a random queued (or idle) node, against a
// std::deque.
TEST(RunQueue, MatchesADequeWithRemovalsOverRandomOperations) {
  constexpr size_t node_count = 16;
  std::vector<task_node> all(node_count);
  std::vector<task_node*> idle;
  for (auto& n : all) idle.push_back(&n);
  std::mt19937 random(0x5EED);
  std::deque<task_node*> model;
  run_queue q;
  auto take_idle = [&] {
    size_t i = random() % idle.size();
    task_node* n = idle[i];
    idle[i] = idle.back();
    idle.pop_back();
    return n;
  };
  size_t removed_last = 0, removed_other = 0, removed_absent = 0;
  for (int step = 0; step < 5000; ++step) {
    const unsigned op = random() % 6;
    if (op == 0 && !idle.empty()) {
      task_node* n = take_idle();
      q.push(*n);
      model.push_back(n);
    } else if (op == 1 && !idle.empty()) {
      task_node* n = take_idle();
      q.push_front(*n);
      model.push_front(n);
    } else if (op == 2) {
      std::vector<task_node*> woken;
      size_t k = random() % 4;
      while (woken.size() < k && !idle.empty()) woken.push_back(take_idle());
      q.push_newest_first(wake_stack(woken));
      model.insert(model.end(), woken.begin(), woken.end());
    } else if (op == 3) {
      task_node* expected = model.empty() ? nullptr : model.front();
      if (!model.empty()) model.pop_front();
      task_node* got = q.pop();
      ASSERT_EQ(got, expected) << "step " << step;
      if (got != nullptr) idle.push_back(got);
    } else {
      task_node* n = &all[random() % node_count];
      auto it = std::find(model.begin(), model.end(), n);
      const bool queued = it != model.end();
      if (queued) {
        (it + 1 == model.end() ? removed_last : removed_other)++;
        model.erase(it);
        idle.push_back(n);
      } else {
        ++removed_absent;
      }
      ASSERT_EQ(q.remove(*n), queued) << "step " << step;
    }
    ASSERT_EQ(q.empty(), model.empty()) << "step " << step;
  }
  EXPECT_GT(removed_last, 50u);
  EXPECT_GT(removed_other, 200u);
  EXPECT_GT(removed_absent, 100u);
  std::vector<task_node*> rest(model.begin(), model.end());
  EXPECT_EQ(drain(q), rest);
}

// Every operation, interleaved at random, against a std::deque; a node is in the queue at most
// once, as in the executor.
TEST(RunQueue, MatchesADequeOverRandomOperations) {
  constexpr size_t node_count = 24;
  std::vector<task_node> all(node_count);
  std::vector<task_node*> idle;  // not queued
  for (auto& n : all) idle.push_back(&n);
  std::mt19937 random(0xF2EEC0);
  std::deque<task_node*> model;
  run_queue q;
  auto take_idle = [&] {
    size_t i = random() % idle.size();
    task_node* n = idle[i];
    idle[i] = idle.back();
    idle.pop_back();
    n->next = &all[random() % node_count];  // a stale link, as a node has after running
    return n;
  };
  constexpr unsigned push = 0, push_front = 1, push_newest_first = 2, pop = 3;
  size_t counts[4] = {}, emptied = 0, longest = 0;
  for (int step = 0; step < 5000; ++step) {
    // Phases of mostly pushes and mostly pops, so that the queue fills and empties again.
    bool draining = step / 50 % 2;
    unsigned roll = random() % 8;
    unsigned op = draining ? (roll == 0 ? random() % 3 : pop) : roll / 2;
    if (op == push && !idle.empty()) {
      task_node* n = take_idle();
      q.push(*n);
      model.push_back(n);
    } else if (op == push_front && !idle.empty()) {
      task_node* n = take_idle();
      q.push_front(*n);
      model.push_front(n);
    } else if (op == push_newest_first) {
      std::vector<task_node*> woken;
      size_t k = random() % 5;
      while (woken.size() < k && !idle.empty()) woken.push_back(take_idle());
      q.push_newest_first(wake_stack(woken));
      model.insert(model.end(), woken.begin(), woken.end());
    } else if (op == pop) {
      task_node* expected = nullptr;
      if (!model.empty()) {
        expected = model.front();
        model.pop_front();
      }
      task_node* got = q.pop();
      ASSERT_EQ(got, expected) << "step " << step;
      if (got != nullptr) idle.push_back(got);
      if (got != nullptr && model.empty()) ++emptied;
    } else {
      continue;
    }
    ++counts[op];
    ASSERT_EQ(q.empty(), model.empty()) << "step " << step;
    longest = std::max(longest, model.size());
  }
  for (size_t op = 0; op < 4; ++op) EXPECT_GT(counts[op], 300u) << "operation " << op;
  // The sequence did empty the queue (the tail's reset) and fill it (every node queued).
  EXPECT_GT(emptied, 20u);
  EXPECT_EQ(longest, node_count);
  std::vector<task_node*> rest(model.begin(), model.end());
  EXPECT_EQ(drain(q), rest);
}

}  // namespace
