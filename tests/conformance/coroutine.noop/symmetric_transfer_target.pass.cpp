// [coroutine.noop.coroutine], [expr.await]/5.1.3: when await_suspend returns noop_coroutine(),
// resuming it does nothing, so control goes back to whoever resumed the suspending coroutine.
//
// XFAIL: clang-14 && armv6m, clang-19 && armv6m && stdlib=libstdc++
// XFAIL: clang-19 && armv6m && (opt=-O0 || opt=-O2)
// clang aborts in the Thumb-1 backend on the musttail call that implements symmetric transfer
// ("failed to perform tail call elimination on a call site marked musttail"):
// llvm/llvm-project#60455 (fix proposed in llvm/llvm-project#67932). clang 19 drops the tail
// call when the target comes from __builtin_coro_noop (freeco's <coroutine>), but not for
// libstdc++'s hand-made no-op frame, and not at -O0 or -O2 (seen here; -O1, -Os, -Oz, -Og
// pass).
#include "coro_test.h"

struct to_noop {
  bool await_ready() noexcept { return false; }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<>) noexcept {
    coro_test::events.record("await_suspend");
    return std::noop_coroutine();
  }
  void await_resume() noexcept { coro_test::events.record("await_resume"); }
};

coro_test::lazy_task body() {
  coro_test::events.record("before");
  co_await to_noop{};
  coro_test::events.record("after");
}

extern "C" int main() {
  {
    coro_test::lazy_task task = body();
    task.handle.resume();
    coro_test::events.record("back in main");
    CORO_CHECK(!task.handle.done());
    task.handle.resume();
    CORO_CHECK(task.handle.done());
  }
  CORO_CHECK_TRACE("before,await_suspend,back in main,await_resume,after");
  return coro_test::finish();
}
