// [expr.await]/5.1: the coroutine is considered suspended before await_suspend is evaluated, so
// await_suspend may itself resume it; the body then continues inside that call.
//
// XFAIL: clang-14 && armv6m && (opt=-Os || opt=-Oz)
// clang 14 turns the h.resume() at the end of the inlined await_suspend into a musttail call,
// which the thumbv6m backend cannot emit and aborts on ("failed to perform tail call elimination
// on a call site marked musttail"): llvm/llvm-project#60455. At -O0, -O1, -O2 and -Og it
// compiles and passes (seen here).
#include "traced_awaiter.h"

namespace {

struct resume_at_once : coro_test::traced_awaiter {
  void await_suspend(std::coroutine_handle<> h) {
    coro_test::events.record("await_suspend");
    h.resume();  // the awaiter is not touched after this
  }
};

coro_test::lazy_task f() {
  co_await resume_at_once{};
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
