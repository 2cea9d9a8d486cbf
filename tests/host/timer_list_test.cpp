// freeco/timer_list.hpp on the host: the timer queue's order (by deadline, ties first come
// first served) and pop_due, under ASan and UBSan.
#include <freeco/timer_list.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <vector>

namespace {

using freeco::detail::timer;
using freeco::detail::timer_list;

using timers = std::vector<timer*>;

timers in_order(timer_list& l) {
  timers out;
  for (timer* t = l.front(); t != nullptr; t = l.next(*t)) out.push_back(t);
  return out;
}

void set(timer& t, int64_t deadline) { t.deadline = deadline; }

TEST(TimerList, StartsEmpty) {
  timer_list l;
  EXPECT_TRUE(l.empty());
  EXPECT_EQ(l.pop_due(INT64_MAX), nullptr);
}

TEST(TimerList, SortsByDeadline) {
  timer_list l;
  timer a, b, c, d, e;
  set(a, 30), set(b, 10), set(c, 20), set(d, 40), set(e, 5);
  for (timer* t : {&a, &b, &c, &d, &e}) l.insert(*t);
  EXPECT_EQ(in_order(l), (timers{&e, &b, &c, &a, &d}));
}

TEST(TimerList, EqualDeadlinesKeepTheOrderTheyWereAdded) {
  timer_list l;
  timer a, b, c, early, late, d;
  set(a, 10), set(b, 10), set(early, 5), set(c, 10), set(late, 15), set(d, 10);
  for (timer* t : {&a, &b, &early, &c, &late, &d}) l.insert(*t);
  EXPECT_EQ(in_order(l), (timers{&early, &a, &b, &c, &d, &late}));
}

TEST(TimerList, NegativeAndFarDeadlines) {
  timer_list l;
  timer a, b, c;
  set(a, int64_t(1) << 40), set(b, -3), set(c, (int64_t(1) << 32) + 1);
  for (timer* t : {&a, &b, &c}) l.insert(*t);
  EXPECT_EQ(in_order(l), (timers{&b, &c, &a}));
}

TEST(TimerList, PopDueTakesOnlyWhatIsDue) {
  timer_list l;
  timer a, b, c;
  set(a, 10), set(b, 10), set(c, 11);
  for (timer* t : {&a, &b, &c}) l.insert(*t);
  EXPECT_EQ(l.pop_due(9), nullptr);  // one tick early
  EXPECT_EQ(in_order(l).size(), 3u);
  EXPECT_EQ(l.pop_due(10), &a);  // at the deadline
  EXPECT_FALSE(a.linked());
  EXPECT_EQ(l.pop_due(10), &b);
  EXPECT_EQ(l.pop_due(10), nullptr);
  EXPECT_TRUE(c.linked());
  EXPECT_EQ(l.pop_due(1000), &c);  // long past
  EXPECT_EQ(l.pop_due(1000), nullptr);
  EXPECT_TRUE(l.empty());
}

TEST(TimerList, RemoveKeepsTheRestInOrder) {
  timer_list l;
  timer a, b, c, d;
  set(a, 1), set(b, 2), set(c, 2), set(d, 3);
  for (timer* t : {&a, &b, &c, &d}) l.insert(*t);
  timer_list::remove(c);
  EXPECT_FALSE(c.linked());
  EXPECT_EQ(in_order(l), (timers{&a, &b, &d}));
  timer_list::remove(a);
  timer_list::remove(d);
  EXPECT_EQ(in_order(l), (timers{&b}));
  l.insert(c);  // re-added: after b, its equal
  l.insert(a);
  EXPECT_EQ(in_order(l), (timers{&a, &b, &c}));
}

// Random inserts, removals and pops against a stable sort by deadline; the insertion order
// breaks ties.
TEST(TimerList, MatchesAStableSortOverRandomOperations) {
  constexpr size_t count = 24;
  std::vector<timer> all(count);
  std::vector<unsigned> added_at(count);
  std::vector<timer*> model;  // sorted by (deadline, added_at)
  auto index = [&](timer* t) { return size_t(t - all.data()); };
  auto sort_model = [&] {
    std::stable_sort(model.begin(), model.end(), [&](timer* x, timer* y) {
      return x->deadline != y->deadline ? x->deadline < y->deadline : added_at[index(x)] < added_at[index(y)];
    });
  };
  timer_list l;
  std::mt19937 random(0x71AE);
  int64_t now = 0;
  unsigned clock = 0;
  size_t popped = 0, removed = 0;
  for (int step = 0; step < 5000; ++step) {
    timer* t = &all[random() % count];
    const bool in_model = std::find(model.begin(), model.end(), t) != model.end();
    switch (random() % 3) {
      case 0:
        if (in_model) break;
        t->deadline = now + int64_t(random() % 8);  // few distinct deadlines: many ties
        added_at[index(t)] = ++clock;
        l.insert(*t);
        model.push_back(t);
        sort_model();
        break;
      case 1:
        if (!in_model) break;
        timer_list::remove(*t);
        model.erase(std::find(model.begin(), model.end(), t));
        ++removed;
        break;
      case 2:
        now += int64_t(random() % 3);
        while (timer* due = l.pop_due(now)) {
          ASSERT_FALSE(model.empty()) << "step " << step;
          ASSERT_EQ(due, model.front()) << "step " << step;
          ASSERT_LE(due->deadline, now);
          model.erase(model.begin());
          ++popped;
        }
        ASSERT_TRUE(model.empty() || model.front()->deadline > now) << "step " << step;
        break;
    }
    ASSERT_EQ(in_order(l), model) << "step " << step;
  }
  EXPECT_GT(popped, 300u);
  EXPECT_GT(removed, 100u);
}

}  // namespace
