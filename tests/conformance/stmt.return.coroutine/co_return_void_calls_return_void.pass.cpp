// [stmt.return.coroutine]/2: co_return; (no operand) calls p.return_void() and leaves the body;
// the statements after it do not run.
#include "coro_test.h"

struct task {
  struct promise_type : coro_test::detached_promise<task> {
    void return_void() { coro_test::events.record("return_void"); }
  };
};

bool leave = true;

task body() {
  coro_test::events.record("body");
  if (leave) co_return;
  coro_test::events.record("not reached");
}

extern "C" int main() {
  body();
  CORO_CHECK_TRACE("body,return_void");
  return coro_test::finish();
}
