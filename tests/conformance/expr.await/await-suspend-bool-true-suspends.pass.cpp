// [expr.await]/5.1.2: if await_suspend returns true, the coroutine stays suspended and control
// returns to the caller or resumer.
#include "traced_awaiter.h"

namespace {

struct accept : coro_test::traced_awaiter {
  bool await_suspend(std::coroutine_handle<>) {
    coro_test::events.record("await_suspend");
    return true;
  }
};

coro_test::lazy_task f() {
  co_await accept{};
  coro_test::events.record("after");
}

}  // namespace

extern "C" int main() {
  {
    coro_test::lazy_task t = f();
    t.handle.resume();
    coro_test::events.record("back-in-main");
    CORO_CHECK(!t.handle.done());
    t.handle.resume();
  }
  CORO_CHECK_TRACE("await_suspend,back-in-main,await_resume,after");
  return coro_test::finish();
}
