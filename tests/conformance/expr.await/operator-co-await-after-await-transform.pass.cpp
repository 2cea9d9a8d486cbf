// [expr.await]/3.2-3.3: operator co_await is looked up for a, the result of await_transform, not for
// the original operand.
#include "coro_test.h"

namespace {

struct inner_awaiter {
  bool await_ready() { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  int await_resume() { return 2; }
};

struct after_transform {
  inner_awaiter operator co_await() {
    coro_test::events.record("operator co_await(after_transform)");
    return {};
  }
};

struct original {
  inner_awaiter operator co_await() {  // must not be used: the operand is transformed first
    coro_test::events.record("operator co_await(original)");
    return {};
  }
};

struct task {
  struct promise_type : coro_test::detached_promise<task> {
    after_transform await_transform(original) {
      coro_test::events.record("await_transform");
      return {};
    }
    void return_void() {}
  };
};

int result = 0;

task f() { result = co_await original{}; }

}  // namespace

extern "C" int main() {
  f();
  CORO_CHECK(result == 2);
  CORO_CHECK_TRACE("await_transform,operator co_await(after_transform)");
  return coro_test::finish();
}
