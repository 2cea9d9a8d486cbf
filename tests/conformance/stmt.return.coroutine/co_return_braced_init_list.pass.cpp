// [stmt.return.coroutine]/2: co_return braced-init-list; calls p.return_value(braced-init-list),
// which copy-list-initialises return_value's parameter.
#include "coro_test.h"

struct point {
  int x;
  int y;
};
point received{0, 0};

struct task {
  struct promise_type : coro_test::detached_promise<task> {
    void return_value(point value) {
      coro_test::events.record("return_value");
      received = value;
    }
  };
};

task body() { co_return {3, 4}; }

extern "C" int main() {
  body();
  CORO_CHECK(received.x == 3);
  CORO_CHECK(received.y == 4);
  CORO_CHECK_TRACE("return_value");
  return coro_test::finish();
}
