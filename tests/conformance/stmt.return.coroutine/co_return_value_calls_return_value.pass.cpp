// [stmt.return.coroutine]/2: co_return expr; with a non-void operand calls
// p.return_value(expr) with that value, then goes to the final suspend point.
#include "coro_test.h"

int received = 0;

struct task {
  struct promise_type : coro_test::detached_promise<task> {
    void return_value(int value) {
      coro_test::events.record("return_value");
      received = value;
    }
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
