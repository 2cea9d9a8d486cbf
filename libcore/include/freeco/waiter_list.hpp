// Intrusive lists of suspended coroutines, as pure logic (no registers, no interrupts):
// unit-tested on the host. A waiter lives in the awaiter object, which lives in the waiting
// coroutine's frame for as long as it is suspended, so waiting never allocates. Thread mode
// only: interrupt handlers reach waiters through deferred_work (freeco/callback_node.hpp).
//
// Invariant: a waiter is linked exactly while it waits; whoever unlinks it (the waker, or the
// awaiter's destructor on cancellation) decides what happens to its coroutine.
#pragma once

#include <coroutine>
#include <freeco/run_queue.hpp>

namespace freeco::detail {

struct list_link {
  constexpr list_link() noexcept = default;
  constexpr list_link(list_link* p, list_link* n) noexcept : prev(p), next(n) {}
  // A copy starts unlinked: only the object that waits is ever in a list (awaitables are
  // copied, if at all, before they wait).
  constexpr list_link(const list_link&) noexcept {}
  list_link& operator=(const list_link&) = delete;

  list_link* prev = nullptr;
  list_link* next = nullptr;  // null exactly while unlinked
  bool linked() const noexcept { return next != nullptr; }
};

// Circular, around a sentinel: linking and unlinking never branch on the ends.
template <class Node>
class intrusive_list {
 public:
  constexpr intrusive_list() noexcept : head_{&head_, &head_} {}
  intrusive_list(const intrusive_list&) = delete;
  intrusive_list& operator=(const intrusive_list&) = delete;

  bool empty() const noexcept { return head_.next == &head_; }
  Node* front() noexcept { return empty() ? nullptr : static_cast<Node*>(head_.next); }
  Node* back() noexcept { return empty() ? nullptr : static_cast<Node*>(head_.prev); }
  Node* next(Node& node) noexcept { return node.next == &head_ ? nullptr : static_cast<Node*>(node.next); }

  void push_back(Node& node) noexcept { insert_before(node, head_); }
  // Links `node` just before `position` (which is linked here), or at the back for nullptr.
  void insert_before(Node& node, Node* position) noexcept {
    insert_before(node, position != nullptr ? static_cast<list_link&>(*position) : head_);
  }
  static void remove(Node& node) noexcept {
    node.prev->next = node.next;
    node.next->prev = node.prev;
    node.prev = node.next = nullptr;
  }
  Node* pop_front() noexcept {
    Node* node = front();
    if (node != nullptr) remove(*node);
    return node;
  }

 private:
  void insert_before(list_link& node, list_link& position) noexcept {
    node.next = &position;
    node.prev = position.prev;
    position.prev->next = &node;
    position.prev = &node;
  }

  list_link head_;
};

struct waiter;
using waiter_list = intrusive_list<waiter>;

// A coroutine waiting for something, and what it was given (a lock, a permit, an item). The
// base of every awaiter that waits in a list: destroying one that still waits (its coroutine
// cancelled) unlinks it.
struct waiter : list_link {
  constexpr waiter() noexcept = default;
  constexpr waiter(const waiter&) noexcept = default;  // unlinked (list_link's copy)
  ~waiter() {
    if (linked()) waiter_list::remove(*this);
  }
  // Suspends `me` in `list`: the awaiter's await_suspend.
  template <class Promise>
  void wait_in(waiter_list& list, std::coroutine_handle<Promise> me) noexcept {
    node = &me.promise();
    list.push_back(*this);
  }

  task_node* node = nullptr;  // the suspended coroutine
  bool granted = false;       // set by the waker when it unlinks the waiter and wakes it
};

}  // namespace freeco::detail
