// [expr.await]/5.1.3: if await_suspend returns a coroutine_handle, that coroutine is resumed; a
// chain a -> b -> c of such transfers runs all three before control returns to a's resumer.
//
// XFAIL: clang && armv6m
// clang 14 and 19 abort in the backend for thumbv6m on any await_suspend returning a
// coroutine_handle ("failed to perform tail call elimination on a call site marked musttail"):
// llvm/llvm-project#60455.
#include "coro_test.h"

namespace {

struct transfer_to {
  std::coroutine_handle<> next;
  const char* name;
  bool await_ready() { return false; }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<>) {
    coro_test::events.record(name);
    return next;
  }
  void await_resume() {}
};

std::coroutine_handle<> handles[3];

coro_test::lazy_task step(int index, const char* name) {
  coro_test::events.record(name);
  if (index < 2) {
    co_await transfer_to{handles[index + 1], "transfer"};
  } else {
    co_await transfer_to{std::noop_coroutine(), "to-noop"};
  }
}

}  // namespace

extern "C" int main() {
  {
    coro_test::lazy_task a = step(0, "a");
    coro_test::lazy_task b = step(1, "b");
    coro_test::lazy_task c = step(2, "c");
    handles[0] = a.handle;
    handles[1] = b.handle;
    handles[2] = c.handle;
    a.handle.resume();
    coro_test::events.record("back-in-main");
  }
  CORO_CHECK_TRACE("a,transfer,b,transfer,c,to-noop,back-in-main");
  return coro_test::finish();
}
