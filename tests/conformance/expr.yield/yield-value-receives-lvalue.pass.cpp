// [expr.yield]/2: co_yield e passes e itself to yield_value, so an lvalue operand binds to a
// reference parameter without a copy, and the consumer can write through it.
#include "coro_test.h"

namespace {

struct task {
  struct promise_type : coro_test::arena_allocated {
    int* slot = nullptr;
    std::suspend_always yield_value(int& v) {
      slot = &v;
      return {};
    }
    task get_return_object() { return task{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    static task get_return_object_on_allocation_failure() noexcept { return task{nullptr}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  std::coroutine_handle<promise_type> handle;
};

int seen = 0;

task f() {
  int local = 1;
  co_yield local;
  seen = local;
}

}  // namespace

extern "C" int main() {
  task t = f();
  t.handle.resume();
  *t.handle.promise().slot = 99;  // writes the coroutine's local through the yielded reference
  t.handle.resume();
  CORO_CHECK(seen == 99);
  t.handle.destroy();
  return coro_test::finish();
}
