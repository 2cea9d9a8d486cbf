// [expr.await]/5.1.1: if await_suspend returns void, the coroutine stays suspended and control
// returns to the caller or resumer; await_resume runs only on the next resumption.
#include "traced_awaiter.h"

namespace {

struct suspend_void : coro_test::traced_awaiter {
  void await_suspend(std::coroutine_handle<>) { coro_test::events.record("await_suspend"); }
};

coro_test::lazy_task f() {
  co_await suspend_void{};
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
    CORO_CHECK(t.handle.done());
  }
  CORO_CHECK_TRACE("await_suspend,back-in-main,await_resume,after");
  return coro_test::finish();
}
