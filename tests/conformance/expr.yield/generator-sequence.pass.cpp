// [expr.yield]/2: a generator whose yield_value stores the value and suspends; the caller pulls the
// sequence one resume() at a time and the coroutine's state survives between values.
#include "coro_test.h"

namespace {

struct generator {
  struct promise_type : coro_test::arena_allocated {
    int current = 0;
    std::suspend_always yield_value(int v) {
      current = v;
      return {};
    }
    generator get_return_object() { return generator{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    static generator get_return_object_on_allocation_failure() noexcept { return generator{nullptr}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  explicit generator(std::coroutine_handle<promise_type> h) : handle(h) {}
  generator(generator&& other) : handle(other.handle) { other.handle = nullptr; }
  ~generator() {
    if (handle) handle.destroy();
  }
  std::coroutine_handle<promise_type> handle;
};

generator fibonacci(int count) {
  int a = 0;
  int b = 1;
  for (int i = 0; i < count; ++i) {
    co_yield a;
    int next = a + b;
    a = b;
    b = next;
  }
}

}  // namespace

extern "C" int main() {
  const int expected[] = {0, 1, 1, 2, 3, 5, 8, 13};
  int received = 0;
  {
    generator g = fibonacci(8);
    for (;;) {
      g.handle.resume();
      if (g.handle.done()) break;
      CORO_CHECK(received < 8 && g.handle.promise().current == expected[received]);
      ++received;
    }
  }
  CORO_CHECK(received == 8);
  return coro_test::finish();
}
