// [expr.yield]/2 with [expr.await]/5.1: when yield_value returns suspend_never, co_yield does not
// suspend: the coroutine continues straight to the next statement.
#include "coro_test.h"

namespace {

struct task {
  struct promise_type : coro_test::arena_allocated {
    std::suspend_never yield_value(const char* v) {
      coro_test::events.record(v);
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

task f() {
  co_yield "one";
  co_yield "two";
  co_yield "three";
}

}  // namespace

extern "C" int main() {
  task t = f();
  t.handle.resume();  // one resume runs all three co_yields and reaches the final suspend point
  coro_test::events.record("back-in-main");
  CORO_CHECK(t.handle.done());
  CORO_CHECK_TRACE("one,two,three,back-in-main");
  t.handle.destroy();
  return coro_test::finish();
}
