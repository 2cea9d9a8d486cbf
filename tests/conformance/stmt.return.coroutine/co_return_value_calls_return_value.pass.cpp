// [stmt.return.coroutine]/2: co_return expr; with a non-void operand calls
// p.return_value(expr) with that value, then goes to the final suspend point.
#include "coro_test.h"

int received = 0;

struct task {
  struct promise_type : coro_test::arena_allocated {
    task get_return_object() { return {}; }
    static task get_return_object_on_allocation_failure() noexcept { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_value(int value) {
      coro_test::events.record("return_value");
      received = value;
    }
    void unhandled_exception() {}
  };
};

int forty_one() { return 41; }

task body() { co_return forty_one() + 1; }

extern "C" int main() {
  body();
  CORO_CHECK(received == 42);
  CORO_CHECK_TRACE("return_value");
  return coro_test::finish();
}
