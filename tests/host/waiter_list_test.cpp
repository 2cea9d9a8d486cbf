// freeco/waiter_list.hpp on the host: the intrusive list that waiters (awaiters in suspended
// coroutines' frames) are linked into, under ASan and UBSan.
#include <freeco/waiter_list.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <list>
#include <random>
#include <vector>

namespace {

using freeco::detail::list_link;
using freeco::detail::waiter;
using freeco::detail::waiter_list;

using waiters = std::vector<waiter*>;

// Front to back through next(), and back to front through the prev links, which must agree.
waiters forward(waiter_list& l) {
  waiters out;
  for (waiter* w = l.front(); w != nullptr; w = l.next(*w)) out.push_back(w);
  waiters backward;
  if (waiter* w = l.back()) {
    for (;;) {
      backward.push_back(w);
      if (w == l.front()) break;
      w = static_cast<waiter*>(w->prev);
    }
  }
  std::reverse(backward.begin(), backward.end());
  EXPECT_EQ(out, backward) << "next and prev links disagree";
  return out;
}

// Lives in .bss, as a synchronisation object's list does.
constinit waiter_list static_list;

TEST(WaiterList, StartsEmpty) {
  waiter_list l;
  EXPECT_TRUE(l.empty());
  EXPECT_EQ(l.front(), nullptr);
  EXPECT_EQ(l.back(), nullptr);
  EXPECT_EQ(l.pop_front(), nullptr);
  EXPECT_TRUE(static_list.empty());
}

TEST(WaiterList, ANewWaiterIsUnlinked) {
  waiter w;
  EXPECT_FALSE(w.linked());
  EXPECT_EQ(w.node, nullptr);
  EXPECT_FALSE(w.granted);
}

TEST(WaiterList, PushBackKeepsOrderAndPopFrontIsFifo) {
  waiter_list l;
  waiter a, b, c;
  l.push_back(a);
  l.push_back(b);
  l.push_back(c);
  EXPECT_FALSE(l.empty());
  EXPECT_TRUE(a.linked() && b.linked() && c.linked());
  EXPECT_EQ(l.front(), &a);
  EXPECT_EQ(l.back(), &c);
  EXPECT_EQ(forward(l), (waiters{&a, &b, &c}));
  EXPECT_EQ(l.pop_front(), &a);
  EXPECT_FALSE(a.linked());
  EXPECT_EQ(l.pop_front(), &b);
  EXPECT_EQ(l.pop_front(), &c);
  EXPECT_EQ(l.pop_front(), nullptr);
  EXPECT_TRUE(l.empty());
  EXPECT_FALSE(b.linked() || c.linked());
}

TEST(WaiterList, RemoveFromTheMiddle) {
  waiter_list l;
  waiter a, b, c;
  l.push_back(a);
  l.push_back(b);
  l.push_back(c);
  waiter_list::remove(b);
  EXPECT_FALSE(b.linked());
  EXPECT_EQ(b.prev, nullptr);
  EXPECT_TRUE(a.linked() && c.linked());
  EXPECT_EQ(forward(l), (waiters{&a, &c}));
}

TEST(WaiterList, RemoveTheFront) {
  waiter_list l;
  waiter a, b, c;
  l.push_back(a);
  l.push_back(b);
  l.push_back(c);
  waiter_list::remove(a);
  EXPECT_EQ(l.front(), &b);
  EXPECT_EQ(forward(l), (waiters{&b, &c}));
}

TEST(WaiterList, RemoveTheBack) {
  waiter_list l;
  waiter a, b, c, d;
  l.push_back(a);
  l.push_back(b);
  l.push_back(c);
  waiter_list::remove(c);
  EXPECT_EQ(l.back(), &b);
  EXPECT_EQ(l.next(b), nullptr);
  l.push_back(d);  // goes after b
  EXPECT_EQ(forward(l), (waiters{&a, &b, &d}));
}

TEST(WaiterList, RemoveTheOnlyOneEmptiesIt) {
  waiter_list l;
  waiter a;
  l.push_back(a);
  waiter_list::remove(a);
  EXPECT_TRUE(l.empty());
  EXPECT_EQ(l.front(), nullptr);
  EXPECT_EQ(l.back(), nullptr);
  EXPECT_FALSE(a.linked());
}

// A waiter can wait again (the next co_await on the same awaiter type) once unlinked.
TEST(WaiterList, AnUnlinkedWaiterCanBeLinkedAgain) {
  waiter_list l, other;
  waiter a, b;
  l.push_back(a);
  l.push_back(b);
  EXPECT_EQ(l.pop_front(), &a);
  l.push_back(a);
  EXPECT_EQ(forward(l), (waiters{&b, &a}));
  waiter_list::remove(a);
  other.push_back(a);
  EXPECT_EQ(forward(l), (waiters{&b}));
  EXPECT_EQ(forward(other), (waiters{&a}));
}

TEST(WaiterList, InsertBefore) {
  waiter_list l;
  waiter a, b, c, d;
  l.insert_before(b, nullptr);  // empty: at the back
  l.insert_before(a, &b);       // before the front
  l.insert_before(d, nullptr);  // at the back
  l.insert_before(c, &d);       // in the middle
  EXPECT_EQ(forward(l), (waiters{&a, &b, &c, &d}));
}

// Awaitables may be copied before they wait; the copy of a linked one must not think it is in
// the list (its destructor would unlink someone else's neighbours).
TEST(WaiterList, ACopyOfALinkedWaiterIsUnlinked) {
  waiter_list l;
  waiter a, b, c;
  l.push_back(a);
  l.push_back(b);
  l.push_back(c);
  b.granted = true;
  waiter copy = b;
  EXPECT_FALSE(copy.linked());
  EXPECT_EQ(copy.prev, nullptr);
  EXPECT_TRUE(copy.granted);  // the rest is copied
  EXPECT_TRUE(b.linked());
  EXPECT_EQ(forward(l), (waiters{&a, &b, &c}));
  const list_link link_copy(static_cast<const list_link&>(a));
  EXPECT_FALSE(link_copy.linked());
}

// Random pushes, pops, inserts and removals against a std::list; linked() must say exactly
// which waiters are in it.
TEST(WaiterList, MatchesAListOverRandomOperations) {
  constexpr size_t count = 20;
  std::vector<waiter> all(count);
  std::list<waiter*> model;
  waiter_list l;
  std::mt19937 random(0xA11CE);
  size_t ops[4] = {};
  for (int step = 0; step < 5000; ++step) {
    waiter* w = &all[random() % count];
    const bool in_model = std::find(model.begin(), model.end(), w) != model.end();
    switch (random() % 4) {
      case 0:
        if (in_model) continue;
        l.push_back(*w);
        model.push_back(w);
        ++ops[0];
        break;
      case 1: {
        waiter* expected = model.empty() ? nullptr : model.front();
        if (!model.empty()) model.pop_front();
        ASSERT_EQ(l.pop_front(), expected) << "step " << step;
        ++ops[1];
        break;
      }
      case 2:
        if (!in_model) continue;
        waiter_list::remove(*w);
        model.remove(w);
        ++ops[2];
        break;
      case 3: {
        if (in_model) continue;
        waiter* position = model.empty() || random() % 4 == 0 ? nullptr : *std::next(model.begin(), random() % model.size());
        l.insert_before(*w, position);
        model.insert(position == nullptr ? model.end() : std::find(model.begin(), model.end(), position), w);
        ++ops[3];
        break;
      }
    }
    ASSERT_EQ(forward(l), waiters(model.begin(), model.end())) << "step " << step;
    for (waiter& x : all)
      ASSERT_EQ(x.linked(), std::find(model.begin(), model.end(), &x) != model.end()) << "step " << step;
  }
  for (size_t op : ops) EXPECT_GT(op, 200u);
}

}  // namespace
