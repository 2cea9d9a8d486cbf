// [expr.await]/2: an await-expression may be a function argument; the function is called with the
// await_resume values after both suspensions have been resumed.
#include "coro_test.h"

namespace {

struct number {
  int value;
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  int await_resume() { return value; }
};

int sum = 0;
void add(int a, int b) {
  coro_test::events.record("add");
  sum = a + b;
}

coro_test::lazy_task f() {
  add(co_await number{3}, co_await number{4});
}

}  // namespace

extern "C" int main() {
  {
    coro_test::lazy_task t = f();
    t.handle.resume();
    coro_test::events.record("suspended");
    t.handle.resume();
    coro_test::events.record("suspended");
    t.handle.resume();
    CORO_CHECK(t.handle.done());
  }
  CORO_CHECK(sum == 7);
  CORO_CHECK_TRACE("suspended,suspended,add");
  return coro_test::finish();
}
