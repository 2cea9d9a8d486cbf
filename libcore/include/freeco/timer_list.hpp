// The timer queue's order, as pure logic (unit-tested on the host): timers sorted by deadline,
// equal deadlines in the order they were added, so timers fire in deadline order and ties
// first come, first served. Thread mode only (freeco/time.hpp says who calls it).
#pragma once

#include <freeco/waiter_list.hpp>
#include <stdint.h>

namespace freeco::detail {

struct timer : list_link {
  constexpr timer() noexcept = default;
  // Sets the deadline as it zeroes the rest, so that no zero is stored twice (a whole-object
  // clear, which clang makes a call to memset, costs 20 to 40 instructions per sleep).
  constexpr explicit timer(int64_t at) noexcept : deadline(at) {}

  int64_t deadline = 0;          // in ticks since the clock started
  task_node* target = nullptr;   // woken when the deadline passes
};

class timer_list : public intrusive_list<timer> {
 public:
  // O(1) at either end: before the earliest (a short sleep among long ones), or after the
  // latest; in between, a walk from the back. A timer goes after those with its deadline.
  void insert(timer& t) noexcept {
    timer* const first = front();
    if (first == nullptr || t.deadline < first->deadline) {
      insert_before(t, first);
      return;
    }
    timer* after = back();  // the walk stops at `first` at the latest
    while (after->deadline > t.deadline) after = previous(*after);
    insert_before(t, next(*after));  // just after `after`
  }

  // The earliest timer if its deadline is at or before `now`, unlinked; else nullptr.
  timer* pop_due(int64_t now) noexcept {
    timer* first = front();
    if (first == nullptr || first->deadline > now) return nullptr;
    remove(*first);
    return first;
  }

 private:
  timer* previous(timer& t) noexcept { return static_cast<timer*>(t.prev); }  // not of the front
};

}  // namespace freeco::detail
