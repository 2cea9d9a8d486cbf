// [expr.await]/3.4-3.5 with [class.temporary]/4: a prvalue awaiter is materialised as a temporary
// that lives to the end of the full-expression, so across the suspension until after await_resume.
#include "coro_test.h"

namespace {

struct awaiter {
  int value = 5;
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<>) { value = 6; }  // state kept for await_resume
  int await_resume() {
    coro_test::events.record("await_resume");
    return value;
  }
  ~awaiter() { coro_test::events.record("~awaiter"); }
};

int result = 0;

coro_test::lazy_task f() {
  result = co_await awaiter{};
  coro_test::events.record("next-statement");
}

}  // namespace

extern "C" int main() {
  {
    coro_test::lazy_task t = f();
    t.handle.resume();
    coro_test::events.record("suspended");
    t.handle.resume();
  }
  CORO_CHECK(result == 6);
  CORO_CHECK_TRACE("suspended,await_resume,~awaiter,next-statement");
  return coro_test::finish();
}
