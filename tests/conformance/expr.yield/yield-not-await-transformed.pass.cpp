// [expr.await]/3.2 with [expr.yield]/2: the await-expression a co_yield produces does not go through
// await_transform: yield_value's result is awaited as is.
#include "coro_test.h"

namespace {

struct task {
  struct promise_type : coro_test::arena_allocated {
    template <class T>
    T await_transform(T value) {
      coro_test::events.record("await_transform");
      return value;
    }
    std::suspend_never yield_value(int) {
      coro_test::events.record("yield_value");
      return {};
    }
    task get_return_object() { return {}; }
    static task get_return_object_on_allocation_failure() noexcept { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

task f() {
  co_yield 1;
  co_await std::suspend_never{};  // this one is transformed
}

}  // namespace

extern "C" int main() {
  f();
  CORO_CHECK_TRACE("yield_value,await_transform");
  return coro_test::finish();
}
