// Coroutines whose promises declare no operator new, so their frames come from the global
// operator new of whichever heap the test opts in to: a generator, a generator with an
// over-aligned local living across co_yield, and a lazy task awaited three levels deep, with
// several frames alive at once. Prints one line per kind; the tests check the sums.
// (The lazy task resumes its awaiter from final_suspend by a call, not by symmetric transfer:
// clang's Thumb-1 back end cannot lower the tail call that symmetric transfer needs,
// llvm/llvm-project#60455; clang 14 makes that tail call of the call too.)
#pragma once

#include <coroutine>
#include <runtime_test.h>
#include <stdint.h>

namespace heap_coroutines {

// Frames alive now: constructed promises minus destroyed ones.
inline int live = 0;

struct counted {
  counted() { ++live; }
  ~counted() { --live; }
};

struct generator {
  struct promise_type : counted {
    int value = 0;
    generator get_return_object() { return generator{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(int v) noexcept {
      value = v;
      return {};
    }
    void return_void() noexcept {}
    void unhandled_exception() noexcept {}
  };
  std::coroutine_handle<promise_type> handle;
  explicit generator(std::coroutine_handle<promise_type> h) : handle(h) {}
  generator(generator&& other) : handle(other.handle) { other.handle = {}; }
  ~generator() {
    if (handle) handle.destroy();
  }
  // The next value, or -1 at the end.
  int next() {
    handle.resume();
    return handle.done() ? -1 : handle.promise().value;
  }
};

struct lazy {
  struct promise_type : counted {
    int value = 0;
    std::coroutine_handle<> awaiter;
    lazy get_return_object() { return lazy{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    struct resume_awaiter {
      bool await_ready() noexcept { return false; }
      void await_suspend(std::coroutine_handle<promise_type> h) noexcept {
        if (h.promise().awaiter) h.promise().awaiter.resume();
      }
      void await_resume() noexcept {}
    };
    resume_awaiter final_suspend() noexcept { return {}; }
    void return_value(int v) noexcept { value = v; }
    void unhandled_exception() noexcept {}
  };
  std::coroutine_handle<promise_type> handle;
  explicit lazy(std::coroutine_handle<promise_type> h) : handle(h) {}
  lazy(lazy&& other) : handle(other.handle) { other.handle = {}; }
  ~lazy() {
    if (handle) handle.destroy();
  }
  bool await_ready() noexcept { return false; }
  void await_suspend(std::coroutine_handle<> h) noexcept {
    handle.promise().awaiter = h;
    handle.resume();
  }
  int await_resume() noexcept { return handle.promise().value; }
};

inline generator count_to(int n) {
  for (int i = 1; i <= n; ++i) co_yield i;
}

struct alignas(32) block {
  int words[8];
};
// Yields i + (the block's address mod 32), so a misaligned frame shows in the sum.
inline generator aligned_count_to(int n) {
  block b{};
  for (int i = 1; i <= n; ++i) {
    b.words[i % 8] = i;
    co_yield b.words[i % 8] + static_cast<int>(reinterpret_cast<uintptr_t>(&b) % alignof(block));
  }
}

inline lazy leaf(int x) { co_return x; }
inline lazy level(int depth, int x) {
  if (depth == 0) co_return co_await leaf(x);
  int a = co_await level(depth - 1, x);
  int b = co_await level(depth - 1, x + 1);
  co_return a + b;
}

inline void run(int rounds) {
  long generated = 0, aligned = 0, awaited = 0;
  for (int r = 0; r < rounds; ++r) {
    generator g = count_to(10), h = count_to(5), a = aligned_count_to(10);
    for (int v; (v = g.next()) >= 0;) generated += v;
    for (int v; (v = h.next()) >= 0;) generated += v;
    for (int v; (v = a.next()) >= 0;) aligned += v;
    lazy t = level(3, r);
    t.handle.resume();
    awaited += t.handle.promise().value;
  }
  runtime_test::print("generated: ", generated);
  runtime_test::print("aligned: ", aligned);
  runtime_test::print("awaited: ", awaited);
  runtime_test::print("frames alive at the end: ", live);
}

}  // namespace heap_coroutines
