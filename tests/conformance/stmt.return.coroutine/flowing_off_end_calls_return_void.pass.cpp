// [stmt.return.coroutine]/3: flowing off the end of a coroutine whose promise has return_void
// is equivalent to co_return;: return_void() is called, then the final suspend point is reached.
#include "coro_test.h"

struct task {
  struct promise_type : coro_test::arena_allocated {
    task get_return_object() { return {}; }
    static task get_return_object_on_allocation_failure() noexcept { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept {
      coro_test::events.record("final_suspend");
      return {};
    }
    void return_void() { coro_test::events.record("return_void"); }
    void unhandled_exception() {}
  };
};

task body() {
  coro_test::events.record("body");
  co_await std::suspend_never{};  // makes this a coroutine without co_return
}

extern "C" int main() {
  body();
  CORO_CHECK_TRACE("body,return_void,final_suspend");
  return coro_test::finish();
}
