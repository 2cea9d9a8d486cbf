// [expr.await]/5.1.2: if await_suspend returns false, the coroutine is resumed at once: await_resume
// runs and the body continues without control returning to the resumer.
#include "traced_awaiter.h"

namespace {

struct decline : coro_test::traced_awaiter {
  bool await_suspend(std::coroutine_handle<>) {
    coro_test::events.record("await_suspend");
    return false;
  }
};

coro_test::lazy_task f() {
  co_await decline{};
  coro_test::events.record("after");
}

}  // namespace

extern "C" int main() {
  {
    coro_test::lazy_task t = f();
    t.handle.resume();
    coro_test::events.record("back-in-main");
    CORO_CHECK(t.handle.done());
  }
  CORO_CHECK_TRACE("await_suspend,await_resume,after,back-in-main");
  return coro_test::finish();
}
