// freeco::task<T>: a lazily started coroutine that produces a T (or nothing), awaited by
// another task or spawned on an executor.
//
//     freeco::task<int> measure() { co_return 42; }
//     freeco::task<> report() { int v = co_await measure(); ... }
//     executor.spawn(report());
//
// - Frames come from freeco::frames (freeco/config.hpp), or from a dedicated pool named by a
//   parameter of type freeco::in_pool<pool>. A frame larger than the pool's largest slot is a
//   build error; when no slot is free the call returns an empty task (`!t`), and spawning it
//   returns spawn_status::no_frame.
// - Move-only. Destroying a task that has not started, is suspended or has finished frees its
//   frame. Destroying a suspended task cancels it: every awaiter in its frame unregisters
//   (from timers, channels, mutexes, events), and if it was already woken it leaves the run
//   queue, so nothing is left pointing into the freed frame.
// - Stack use does not grow with a chain of co_awaits that complete at once: awaiting a task
//   and finishing one put the coroutine that must go on next at the front of the executor's
//   queue and return to the executor, which resumes it from its own loop. This is how freeco runs on ARMv6-M, where symmetric transfer
//   is not a tail call (clang aborts, GCC 12 emits a plain call); the M4 uses the same path.
//
// A task runs only under a freeco::executor: co_await on a task is allowed in a freeco
// coroutine only (a build error otherwise).
#pragma once

#include <coroutine>
#include <freeco/config.hpp>
#include <freeco/core.hpp>
#include <freeco/panic.hpp>
#include <freeco/run_queue.hpp>
#include <freeco/thread_mode.hpp>
#include <new>
#include <type_traits>
#include <utility>

namespace freeco {

template <class T = void>
class task;
class executor;

// A coroutine parameter of this type (pass `{}`) takes the coroutine's frames from Pool, a
// freeco::frame_pool of the application's, instead of freeco::frames: a hard budget for one
// coroutine function, like embassy's pool_size.
//
//     constinit freeco::frame_pool<96, 2> blink_frames;   // at most two blink() at once
//     freeco::task<> blink(freeco::in_pool<blink_frames>, int led);
//     ... executor.spawn(blink({}, 3));
template <auto& Pool>
struct in_pool {};

namespace detail {

struct task_access;  // combinators (freeco/when.hpp) start and inspect the tasks they own

template <class Promise>
concept freeco_promise = std::is_base_of_v<task_node, Promise>;

inline std::coroutine_handle<> handle_of(task_node& node) noexcept {
  // Every freeco promise starts with its task_node and is at most 8-aligned, so the node's
  // address is the promise's and its frame offset is the same for every promise type.
  return std::coroutine_handle<task_node>::from_promise(node);
}

void finish_spawned(task_node& root) noexcept;  // executor.cpp: ends and frees a spawned task
void hand_off(task_node& next) noexcept;        // executor.cpp: resume `next` before anything else
void unqueue(task_node& node) noexcept;         // executor.cpp: takes `node` out of every queue
// Reports, as called from `where` (an address in the awaiting coroutine), and ends the firmware.
[[noreturn]] void await_empty_task(const void* where) noexcept;  // executor.cpp


struct final_awaiter {
  bool await_ready() const noexcept { return false; }
  template <freeco_promise P>
  void await_suspend(std::coroutine_handle<P> finished) const noexcept {
    task_node& node = finished.promise();
    if (node.continuation != nullptr)
      hand_off(*node.continuation);  // the awaiting task goes on next
    else
      finish_spawned(node);
  }
  void await_resume() const noexcept {}
};

// What every task promise has: its node, and what the compiler asks of any promise.
struct task_promise_common : task_node {
  std::suspend_always initial_suspend() const noexcept { return {}; }
  final_awaiter final_suspend() const noexcept { return {}; }
  void unhandled_exception() const noexcept {}  // exceptions are off: never called
};

template <class T>
class task_promise_base : public task_promise_common {
 public:
  task_promise_base() noexcept {}
  ~task_promise_base() {}  // the owning task destroys the value (it knows whether one exists)
  template <class U = T>
  void return_value(U&& value) noexcept(std::is_nothrow_constructible_v<T, U&&>) {
    ::new (static_cast<void*>(&value_)) T(std::forward<U>(value));
  }
  T& value() noexcept { return value_; }

 private:
  union {
    T value_;  // alive once the coroutine has finished
  };
};

template <>
class task_promise_base<void> : public task_promise_common {
 public:
  void return_void() const noexcept {}
};

// The promise: the common part plus where its frames come from.
template <class T, auto& Pool>
struct task_promise : task_promise_base<T> {
  static_assert(alignof(task_promise_base<T>) <= 8, "ERROR(freeco): a task's value may be at most 8-aligned");

  [[gnu::always_inline]] static void* operator new(size_t size) noexcept {
    // Code that takes frames from freeco::frames leaves the mark of the configuration its file
    // saw (freeco/config.hpp), so that link.ld refuses files that saw different ones. An asm
    // operand, not a use the compiler could drop: the mark is emitted exactly where this code
    // is, and costs no instruction.
    require_task_level("ERROR(freeco): a coroutine called from an interrupt handler: create tasks in main or in a "
                       "task; a handler wakes one instead (interrupt_event::signal, event::set, channel::try_send)");
    if constexpr (static_cast<const void*>(&Pool) == static_cast<const void*>(&frames)) {
      asm volatile("" ::"X"(&freeco_config_mark<config::frame_pools>));
    }
    return Pool.allocate(size);
  }
  static void operator delete(void* frame, size_t size) noexcept { Pool.free(frame, size); }
  static task<T> get_return_object_on_allocation_failure() noexcept { return task<T>(); }
  task<T> get_return_object() noexcept {
    return task<T>(std::coroutine_handle<task_promise_base<T>>::from_promise(*this));
  }
};

// Which parameter of a coroutine, if any, is an in_pool<Pool>, and its Pool.
template <class Parameter>
struct pool_binding {
  static constexpr bool binds = false;
};
template <auto& Pool>
struct pool_binding<in_pool<Pool>> {
  static constexpr bool binds = true;
  static constexpr auto& pool = Pool;
};

template <class First, class... Rest>
constexpr auto& bound_pool() {
  using binding = pool_binding<std::remove_cvref_t<First>>;
  if constexpr (binding::binds)
    return binding::pool;
  else
    return bound_pool<Rest...>();
}

}  // namespace detail

template <class T>
class [[nodiscard]] task {
  static_assert(!std::is_reference_v<T>, "ERROR(freeco): task<T&> is not supported: return a pointer");
  using promise_base = detail::task_promise_base<T>;
  using handle = std::coroutine_handle<promise_base>;

 public:
  using promise_type = detail::task_promise<T, frames>;

  task() noexcept = default;  // empty: what a coroutine call returns when no slot is free
  task(task&& other) noexcept : handle_(std::exchange(other.handle_, nullptr)) {}
  task& operator=(task&& other) noexcept {
    if (this != &other) {
      reset();
      handle_ = std::exchange(other.handle_, nullptr);
    }
    return *this;
  }
  ~task() { reset(); }

  // False for a task whose frame could not be allocated (and a moved-from one).
  explicit operator bool() const noexcept { return static_cast<bool>(handle_); }

  // co_await std::move(t), or co_await f(): starts the task; the awaiting task resumes with
  // its result once it has finished.
  auto operator co_await() && noexcept {
    if (!handle_) detail::await_empty_task(cpu::code_address());  // inlined: the awaiting coroutine's code
    return awaiter{handle_};
  }
  // co_await t on a named task: a task is awaited once, and the co_await takes it.
  template <class U = T>
  void operator co_await() & noexcept {
    static_assert(sizeof(U) == 0, "ERROR(freeco): co_await on a named task: write co_await std::move(t) (a task is "
                                  "awaited once, and co_await takes it)");
  }

 private:
  template <class, auto&>
  friend struct detail::task_promise;
  friend class executor;
  friend struct detail::task_access;

  explicit task(handle h) noexcept : handle_(h) {}

  handle release() noexcept { return std::exchange(handle_, nullptr); }

  void reset() noexcept {
    if (!handle_) return;
    detail::require_task_level("ERROR(freeco): a task destroyed in an interrupt handler: destroy tasks in main or in a task");
    if (handle_.done()) {
      if constexpr (!std::is_void_v<T> && !std::is_trivially_destructible_v<T>) handle_.promise().value().~T();
    } else {
      // Cancellation. The coroutine may have been woken and sit in a run queue: take it out,
      // then destroy the frame, whose awaiters unregister from whatever would wake it. Only a
      // handler could queue it in between, and the awaiters that handlers wake
      // (interrupt_event's) take their coroutine out again themselves.
      detail::unqueue(handle_.promise());
    }
    handle_.destroy();
    handle_ = nullptr;
  }

  struct awaiter {
    handle child;
    bool await_ready() const noexcept { return false; }
    template <class P>
    void await_suspend(std::coroutine_handle<P> parent) const noexcept {
      static_assert(detail::freeco_promise<P>,
                    "ERROR(freeco): a freeco::task can be awaited only inside another freeco::task");
      child.promise().continuation = &parent.promise();
      child.promise().owner = parent.promise().owner;  // a child runs on its parent's executor
      detail::hand_off(child.promise());  // the executor starts the child next
    }
    T await_resume() const noexcept {
      if constexpr (!std::is_void_v<T>) return std::move(child.promise().value());
    }
  };

  handle handle_;
};

}  // namespace freeco

// A task coroutine with an in_pool<Pool> parameter takes its frames from Pool.
template <class T, class... Args>
  requires(freeco::detail::pool_binding<std::remove_cvref_t<Args>>::binds || ...)
struct std::coroutine_traits<freeco::task<T>, Args...> {
  using promise_type = freeco::detail::task_promise<T, freeco::detail::bound_pool<Args...>()>;
};
