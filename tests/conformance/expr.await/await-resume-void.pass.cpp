// [expr.await]/5.3: with a void await_resume the await-expression has type void; it can be an
// operand of a conditional expression whose other operand is void (which another type could not).
#include "coro_test.h"

namespace {

struct nothing {
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() { coro_test::events.record("await_resume"); }
};

coro_test::lazy_task f(bool flag) {
  flag ? co_await nothing{} : void();
  coro_test::events.record("after");
}

}  // namespace

extern "C" int main() {
  {
    coro_test::lazy_task t = f(true);
    t.handle.resume();
    t.handle.resume();
    CORO_CHECK(t.handle.done());
  }
  CORO_CHECK_TRACE("await_resume,after");
  return coro_test::finish();
}
