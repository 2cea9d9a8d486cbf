// Combinators: run tasks side by side and wait for all of them, for the first of them, or for
// one with a time limit.
//
//     co_await freeco::when_all(blink(), report());            // both finished
//     auto r = co_await freeco::when_any(read_uart(), read_radio());
//     // r.index: which finished first; r.value: its result. The other was cancelled.
//     auto line = co_await freeco::timeout(uart.read_line(buf), 500_ms);
//     if (!line) ...                                           // timed out, read cancelled
//
// The tasks all return the same T. They run on the awaiting task's executor; the combinator
// lives in the awaiting task's frame and owns them, so it needs no allocation of its own.
// Each child's continuation is a callback_node of the combinator, which counts finishes (or
// takes the first) and then resumes the awaiting task. when_any and timeout cancel the rest:
// their frames are destroyed, which unlinks every timer and waiter node they registered and
// takes them out of the run queue if they were woken (freeco/task.hpp). If the awaiting task
// is itself destroyed, the combinator's destructor cancels every child the same way.
// timeout() of an awaitable (not a task) never reports a time-out for an operation that took
// effect: if its task was woken with the operation done when time runs out, it finishes first.
#pragma once

#include <coroutine>
#include <freeco/callback_node.hpp>
#include <freeco/executor.hpp>
#include <freeco/task.hpp>
#include <freeco/time.hpp>
#include <stddef.h>
#include <type_traits>
#include <utility>

namespace freeco {

namespace detail {
template <class T>
class timeout_awaiter;
struct without_frame {};  // timed's state when timeout() found no frame for its wrapper
}

// when_all's result for a non-void T: the results in argument order.
template <class T, size_t N>
struct all_results {
  T values[N];
  T& operator[](size_t i) noexcept { return values[i]; }
};

// when_any's result for a non-void T: which task finished first, and its result.
template <class T>
struct any_result {
  size_t index;
  T value;
};

// timeout's result: the task's result, or nothing when time ran out, or (for timeout of an
// awaitable, which needs a task's frame to run it in) when no frame was free: no_frame(), with
// nothing awaited and no time spent.
template <class T>
class timed {
 public:
  explicit operator bool() const noexcept { return finished_; }
  T& operator*() noexcept { return value_; }
  T* operator->() noexcept { return &value_; }
  bool no_frame() const noexcept { return no_frame_; }

 private:
  template <class>
  friend class detail::timeout_awaiter;
  timed() noexcept : finished_(false), none_() {}
  explicit timed(detail::without_frame) noexcept : finished_(false), no_frame_(true), none_() {}
  explicit timed(T&& value) noexcept : finished_(true), value_(std::move(value)) {}
  bool finished_;
  bool no_frame_ = false;
  union {
    char none_;
    T value_;
  };

 public:
  timed(timed&& other) noexcept : finished_(other.finished_), no_frame_(other.no_frame_), none_() {
    if (finished_) ::new (static_cast<void*>(&value_)) T(std::move(other.value_));
  }
  ~timed() {
    if (finished_) value_.~T();
  }
};
template <>
class timed<void> {
 public:
  explicit operator bool() const noexcept { return finished_; }
  bool no_frame() const noexcept { return no_frame_; }

 private:
  template <class>
  friend class detail::timeout_awaiter;
  explicit timed(bool finished) noexcept : finished_(finished), no_frame_(false) {}
  explicit timed(detail::without_frame) noexcept : finished_(false), no_frame_(true) {}
  bool finished_;
  bool no_frame_;
};

namespace detail {

struct task_access {
  template <class T>
  static auto& promise(task<T>& t) noexcept { return t.handle_.promise(); }
  template <class T>
  static bool done(task<T>& t) noexcept { return t.handle_.done(); }
  // The result of a finished task<T> (not void), moved out.
  template <class T>
  static T&& value(task<T>& t) noexcept { return std::move(t.handle_.promise().value()); }
  template <class T>
  [[gnu::always_inline]] static void check(task<T>& t) noexcept {  // inlined: the report names the caller
    if (!t.handle_) await_empty_task(cpu::code_address());
  }
};

inline constexpr size_t no_winner = size_t(-1);

// Owns the tasks; starts them; `arrived` runs each time one finishes.
template <class T, size_t N, class Derived>
class join : protected callback_node {
 public:
  template <class... Tasks>
  explicit join(Tasks&&... tasks) noexcept : callback_node(&join::arrived), tasks_{std::move(tasks)...} {}
  join(const join&) = delete;

  bool await_ready() const noexcept { return false; }
  template <freeco_promise P>
  void await_suspend(std::coroutine_handle<P> me) noexcept {
    parent_ = &me.promise();
    // The children, and this node that their finishes queue, run on the parent's executor.
    node.owner = parent_->owner;
    // The first task goes first: hand-offs go to the front of the queue, so the last is
    // handed off first.
    for (size_t i = N; i-- > 0;) {
      task_access::check(tasks_[i]);
      task_access::promise(tasks_[i]).continuation = &node;
      task_access::promise(tasks_[i]).owner = parent_->owner;
      hand_off(task_access::promise(tasks_[i]));
    }
  }

 protected:
  // Thread mode, straight after a task finished (its hand-off put this node first in line).
  static void arrived(void* self) noexcept {
    static_cast<Derived*>(static_cast<join*>(static_cast<callback_node*>(self)))->on_finish();
  }
  void resume_parent() noexcept { hand_off(*parent_); }

  task<T> tasks_[N];
  task_node* parent_ = nullptr;
};

template <class T, size_t N>
class when_all_awaiter : public join<T, N, when_all_awaiter<T, N>> {
  using base = join<T, N, when_all_awaiter<T, N>>;
  friend base;

 public:
  using base::base;
  auto await_resume() noexcept {
    if constexpr (!std::is_void_v<T>) return collect(std::make_index_sequence<N>());
  }

 private:
  void on_finish() noexcept {
    if (--remaining_ == 0) this->resume_parent();
  }
  template <size_t... I>
  all_results<T, N> collect(std::index_sequence<I...>) noexcept {
    return all_results<T, N>{{task_access::value(this->tasks_[I])...}};
  }

  size_t remaining_ = N;
};

template <class T, size_t N>
class when_any_awaiter : public join<T, N, when_any_awaiter<T, N>> {
  using base = join<T, N, when_any_awaiter<T, N>>;
  friend base;

 public:
  using base::base;
  auto await_resume() noexcept {
    for (size_t i = 0; i < N; ++i)
      if (i != winner_) this->tasks_[i] = task<T>();  // cancel the rest now, not at the end of the statement
    if constexpr (std::is_void_v<T>)
      return winner_;
    else
      return any_result<T>{winner_, task_access::value(this->tasks_[winner_])};
  }

 private:
  void on_finish() noexcept {
    if (winner_ != no_winner) return;  // a later finisher: the parent is already on its way
    for (size_t i = 0; i < N; ++i)
      if (task_access::done(this->tasks_[i])) {
        winner_ = i;
        break;
      }
    this->resume_parent();
  }

  size_t winner_ = no_winner;
};

// One task against a timer. Whichever comes first resumes the awaiting task; the timer's
// callback node is queued only by the timer queue, the join's only by the task's finish, and
// `outcome_` makes sure only the first resumes it. An empty task is an error (co_await of an
// empty task) unless the task is timeout()'s own wrapper of an awaitable: then the result
// says no_frame() at once.
template <class T>
class timeout_awaiter : public join<T, 1, timeout_awaiter<T>> {
  using base = join<T, 1, timeout_awaiter<T>>;
  friend base;

 public:
  // The limit counts from here (where timeout() is called, normally in the co_await).
  timeout_awaiter(task<T>&& t, duration limit, bool wraps_an_awaitable = false) noexcept
      : base(std::move(t)), no_frame_(wraps_an_awaitable && !this->tasks_[0]), wraps_(wraps_an_awaitable) {
    alarm_.deadline = (clock::now() + limit + ticks(1)).since_start().ticks();
    alarm_.target = &expiry_.node;
  }
  bool await_ready() const noexcept { return no_frame_; }
  ~timeout_awaiter() {
    if (alarm_.linked())
      cancel_timer(alarm_);
    else if (!expiry_ran_)
      unqueue(expiry_.node);  // the timer fired but lost the race: its callback may be queued
  }

  template <freeco_promise P>
  void await_suspend(std::coroutine_handle<P> me) noexcept {
    expiry_.node.owner = me.promise().owner;  // the timer queue wakes it there
    add_timer(alarm_);
    base::await_suspend(me);
  }
  timed<T> await_resume() noexcept {
    if (no_frame_) return timed<T>(without_frame{});
    if (outcome_ == timed_out) {
      this->tasks_[0] = task<T>();  // cancel it
      if constexpr (std::is_void_v<T>) return timed<T>(false); else return timed<T>();
    }
    if constexpr (std::is_void_v<T>)
      return timed<T>(true);
    else
      return timed<T>(task_access::value(this->tasks_[0]));
  }

 private:
  enum : unsigned char { pending, finished, timed_out };

  void on_finish() noexcept { resolve(finished); }
  void resolve(unsigned char outcome) noexcept {
    if (outcome_ != pending) return;
    outcome_ = outcome;
    this->resume_parent();
  }
  // An awaitable's own task that is woken has had its operation done (a send taken, an item
  // or a lock handed over): it finishes when it runs, next, and that result stands. An
  // operation that took effect is never reported as timed out. (A task of the caller's may
  // have further steps to take: the timer, which came first, wins.)
  static void expired(void* self) noexcept {
    auto& expiry = *static_cast<expiry_node*>(static_cast<callback_node*>(self));
    timeout_awaiter& awaiter = *expiry.owner;
    awaiter.expiry_ran_ = true;
    if (awaiter.wraps_ && queued(task_access::promise(awaiter.tasks_[0]))) return;
    awaiter.resolve(timed_out);
  }

  struct expiry_node : callback_node {
    explicit expiry_node(timeout_awaiter* o) noexcept : callback_node(&timeout_awaiter::expired), owner(o) {}
    timeout_awaiter* owner;
  };

  timer alarm_;
  expiry_node expiry_{this};
  unsigned char outcome_ = pending;
  bool expiry_ran_ = false;
  const bool no_frame_;  // the wrapper task of an awaitable found no frame: never started
  const bool wraps_;     // the task is timeout()'s own wrapper of an awaitable (as_task)
};

template <class>
inline constexpr bool is_task = false;
template <class T>
inline constexpr bool is_task<task<T>> = true;

// What `co_await a` gives, for an awaiter or an object with operator co_await.
template <class A>
auto awaiter_of(A&& a) {
  if constexpr (requires { static_cast<A&&>(a).operator co_await(); })
    return static_cast<A&&>(a).operator co_await();
  else
    return a;
}
template <class A>
using await_result_t = decltype(awaiter_of(std::declval<A>()).await_resume());

// A task that awaits any awaitable, so that timeout() can race it (it takes a frame). A is an
// lvalue reference for an lvalue (an event) and a value for a temporary (ch.receive()).
template <class A>
task<await_result_t<A>> as_task(A awaitable) {
  co_return co_await static_cast<A&&>(awaitable);
}

}  // namespace detail

// Waits until every task has finished; void, or all_results<T, N> in argument order.
template <class T, class... Rest>
  requires(std::is_same_v<task<T>, Rest> && ...)
detail::when_all_awaiter<T, 1 + sizeof...(Rest)> when_all(task<T>&& first, Rest&&... rest) noexcept {
  return detail::when_all_awaiter<T, 1 + sizeof...(Rest)>(std::move(first), std::move(rest)...);
}

// Waits until one task has finished and cancels the others; the index of the first to finish
// (for void), or any_result<T>{index, value}.
template <class T, class... Rest>
  requires(std::is_same_v<task<T>, Rest> && ...)
detail::when_any_awaiter<T, 1 + sizeof...(Rest)> when_any(task<T>&& first, Rest&&... rest) noexcept {
  return detail::when_any_awaiter<T, 1 + sizeof...(Rest)>(std::move(first), std::move(rest)...);
}

// Runs a task for at most `limit` (counted from the next tick, as sleep_for), cancelling it
// if time runs out; the result tests false then.
template <class T>
detail::timeout_awaiter<T> timeout(task<T>&& t, duration limit) noexcept {
  return detail::timeout_awaiter<T>(std::move(t), limit);
}
// The same for any other awaitable (a channel receive, a mutex lock, ...): it is wrapped in a
// task, whose frame comes from freeco::frames like any other. When no frame is free the
// result says no_frame() (and tests false) at once: exhaustion is a value here too.
template <class A>
  requires(!detail::is_task<std::remove_cvref_t<A>>)
auto timeout(A&& awaitable, duration limit) noexcept {
  using result = detail::await_result_t<A>;
  return detail::timeout_awaiter<result>(detail::as_task<A>(std::forward<A>(awaitable)), limit, true);
}

}  // namespace freeco
