// [coroutine.handle.promise]/2: promise() returns a reference to the coroutine's promise object:
// the very object the compiler constructed, readable and writable from both sides.
#include "coro_test.h"

struct task;
struct promise;
promise* constructed = nullptr;

struct promise : coro_test::arena_allocated {
  int value = 0;
  promise() { constructed = this; }
  task get_return_object();
  static task get_return_object_on_allocation_failure() noexcept;
  std::suspend_always initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void return_value(int v) { value = v; }
  void unhandled_exception() {}
};

struct task {
  using promise_type = promise;
  std::coroutine_handle<promise> handle;
};
task promise::get_return_object() { return {std::coroutine_handle<promise>::from_promise(*this)}; }
task promise::get_return_object_on_allocation_failure() noexcept { return {nullptr}; }

// Reads the promise from inside the coroutine, through the handle given to await_suspend.
struct read_promise {
  int seen = 0;
  bool await_ready() noexcept { return false; }
  bool await_suspend(std::coroutine_handle<promise> h) noexcept {
    seen = h.promise().value;
    return false;
  }
  int await_resume() noexcept { return seen; }
};

task body() { co_return (co_await read_promise{}) + 1; }

extern "C" int main() {
  task t = body();
  CORO_CHECK(constructed != nullptr);
  CORO_CHECK(&t.handle.promise() == constructed);
  const std::coroutine_handle<promise> copy = t.handle;
  CORO_CHECK(&copy.promise() == constructed);
  t.handle.promise().value = 41;  // written from outside, read inside
  t.handle.resume();
  CORO_CHECK(t.handle.done());
  CORO_CHECK(t.handle.promise().value == 42);  // written inside, read from outside
  t.handle.destroy();
  return coro_test::finish();
}
