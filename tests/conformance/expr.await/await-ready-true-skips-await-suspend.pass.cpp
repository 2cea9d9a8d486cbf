// [expr.await]/5.1: if await-ready is true the coroutine is not suspended: await_suspend is not
// called and await_resume gives the result at once.
#include "coro_test.h"

namespace {

struct ready {
  bool await_ready() {
    coro_test::events.record("await_ready");
    return true;
  }
  void await_suspend(std::coroutine_handle<>) { coro_test::events.record("await_suspend"); }
  int await_resume() {
    coro_test::events.record("await_resume");
    return 3;
  }
};

coro_test::lazy_task f(int* out) {
  *out = co_await ready{};
  coro_test::events.record("body-continues");
}

}  // namespace

extern "C" int main() {
  int result = 0;
  {
    coro_test::lazy_task t = f(&result);
    t.handle.resume();  // runs to the end without suspending at the co_await
    CORO_CHECK(t.handle.done());
  }
  CORO_CHECK(result == 3);
  CORO_CHECK_TRACE("await_ready,await_resume,body-continues");
  return coro_test::finish();
}
