// [expr.yield]/1-2: the operand of co_yield may be a braced-init-list; it initialises yield_value's
// parameter as in p.yield_value({...}).
#include "coro_test.h"

namespace {

struct point {
  int x;
  int y;
};

struct task {
  struct promise_type : coro_test::detached_promise<task> {
    int sum = 0;
    std::suspend_never yield_value(point p) {
      sum += p.x * 10 + p.y;
      return {};
    }
    void return_void() {}
  };
};

int total = 0;

struct record_sum {
  bool await_ready() { return false; }
  bool await_suspend(std::coroutine_handle<task::promise_type> h) {
    total = h.promise().sum;
    return false;
  }
  void await_resume() {}
};

task f() {
  co_yield {1, 2};
  co_yield {3, 4};
  co_await record_sum{};
}

}  // namespace

extern "C" int main() {
  f();
  CORO_CHECK(total == 12 + 34);
  return coro_test::finish();
}
