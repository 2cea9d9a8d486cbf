// [stmt.return.coroutine]/2: co_return e; where e has type void evaluates e, then calls
// p.return_void() (not return_value).
#include "coro_test.h"

struct task {
  struct promise_type : coro_test::detached_promise<task> {
    void return_void() { coro_test::events.record("return_void"); }
  };
};

void side_effect() { coro_test::events.record("side_effect"); }

task body() {
  coro_test::events.record("body");
  co_return side_effect();
}

extern "C" int main() {
  body();
  CORO_CHECK_TRACE("body,side_effect,return_void");
  return coro_test::finish();
}
