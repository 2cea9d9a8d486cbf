// The executor's queues, as pure logic (no registers, no interrupts): unit-tested on the host.
//
// Every freeco coroutine's promise starts with a task_node, so a coroutine is its own queue
// entry and queuing one never allocates. A node is in at most one queue at a time; whoever
// takes a node off a waiter list owns the right to queue it.
#pragma once

namespace freeco {
class executor;
}

namespace freeco::detail {

struct task_node {
  task_node* next = nullptr;          // link in a run queue or an interrupt wake stack
  task_node* continuation = nullptr;  // the coroutine awaiting this one; null for a spawned task
  // The executor whose queues the coroutine goes back to when woken: set when it is spawned,
  // or when the task that awaits it starts it (a child runs on its parent's executor); null
  // until then. Whoever wakes it, from whatever context or executor, queues it there.
  freeco::executor* owner = nullptr;
};

// FIFO of nodes linked through task_node::next; thread mode only. tail_ points at the link the
// next push fills: head_ while the queue is empty, else the last node's next.
class run_queue {
 public:
  constexpr run_queue() noexcept : tail_(&head_) {}
  run_queue(const run_queue&) = delete;
  run_queue& operator=(const run_queue&) = delete;

  bool empty() const noexcept { return head_ == nullptr; }

  void push(task_node& node) noexcept {
    node.next = nullptr;
    *tail_ = &node;
    tail_ = &node.next;
  }

  // Goes before everything queued: for the coroutine that must run next.
  void push_front(task_node& node) noexcept {
    node.next = head_;
    head_ = &node;
    if (node.next == nullptr) tail_ = &node.next;
  }

  task_node* pop() noexcept {
    task_node* node = head_;
    if (node != nullptr) {
      head_ = node->next;
      if (head_ == nullptr) tail_ = &head_;
    }
    return node;
  }

  // Takes `node` out if it is queued; returns whether it was. O(length): for cancellation only
  // (destroying a woken coroutine before it runs), never on the resume path.
  bool remove(task_node& node) noexcept {
    for (task_node** link = &head_; *link != nullptr; link = &(*link)->next) {
      if (*link != &node) continue;
      *link = node.next;
      if (tail_ == &node.next) tail_ = link;
      return true;
    }
    return false;
  }
  // Whether `node` is queued. O(length) too: for a timeout's expiry only.
  bool contains(const task_node& node) const noexcept {
    for (const task_node* n = head_; n != nullptr; n = n->next)
      if (n == &node) return true;
    return false;
  }

  // Appends a chain that lists the newest node first (as an interrupt wake stack holds it), so
  // that nodes run in the order they were woken.
  void push_newest_first(task_node* newest) noexcept {
    if (newest == nullptr) return;
    if (newest->next == nullptr) return push(*newest);  // one: the usual case
    task_node* const last = newest;  // the newest runs last
    task_node* oldest = nullptr;
    while (newest != nullptr) {
      task_node* older = newest->next;
      newest->next = oldest;
      oldest = newest;
      newest = older;
    }
    *tail_ = oldest;
    tail_ = &last->next;
  }

 private:
  task_node* head_ = nullptr;
  task_node** tail_;
};

}  // namespace freeco::detail
