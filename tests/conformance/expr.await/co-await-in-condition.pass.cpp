// [expr.await]/2: an await-expression may appear in the condition of an if statement; the branch is
// chosen by the value of await_resume after the resumption.
#include "coro_test.h"

namespace {

struct flag {
  bool value;
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  bool await_resume() { return value; }
};

coro_test::lazy_task f() {
  if (co_await flag{false}) {
    coro_test::events.record("first-true");
  } else {
    coro_test::events.record("first-false");
  }
  if (bool b = co_await flag{true}) coro_test::events.record(b ? "second-true" : "wrong");
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
  CORO_CHECK_TRACE("suspended,first-false,suspended,second-true");
  return coro_test::finish();
}
