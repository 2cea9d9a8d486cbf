// [expr.await]/3.2: when the promise has await_transform, a = p.await_transform(operand) for every
// co_await, and a (not the operand) is what is awaited.
#include "coro_test.h"

namespace {

struct request {
  int id;
};

struct transformed {
  int id;
  bool await_ready() { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  int await_resume() { return id * 100; }
};

struct task {
  struct promise_type : coro_test::detached_promise<task> {
    transformed await_transform(request r) {
      coro_test::events.record("await_transform");
      return transformed{r.id};
    }
    void return_void() {}
  };
};

int results[2] = {};

task f() {
  results[0] = co_await request{1};
  results[1] = co_await request{2};
}

}  // namespace

extern "C" int main() {
  f();
  CORO_CHECK(results[0] == 100);
  CORO_CHECK(results[1] == 200);
  CORO_CHECK_TRACE("await_transform,await_transform");
  return coro_test::finish();
}
