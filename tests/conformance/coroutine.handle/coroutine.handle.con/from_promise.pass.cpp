// [coroutine.handle.con]/2-3: from_promise(p) returns a handle to the coroutine whose promise
// object is p: the same address as the handle the compiler passes to await_suspend.
#include "coro_test.h"

using promise_type = coro_test::eager_task::promise_type;

std::coroutine_handle<promise_type> from_compiler;
std::coroutine_handle<promise_type> from_promise;

struct capture {
  bool await_ready() noexcept { return false; }
  bool await_suspend(std::coroutine_handle<promise_type> h) noexcept {
    from_compiler = h;
    from_promise = std::coroutine_handle<promise_type>::from_promise(h.promise());
    return false;  // resume at once
  }
  void await_resume() noexcept {}
};

coro_test::eager_task run() {
  co_await capture{};
  coro_test::events.record("resumed");
}

extern "C" int main() {
  {
    coro_test::eager_task t = run();
    CORO_CHECK(from_compiler.address() != nullptr);
    CORO_CHECK(from_promise.address() == from_compiler.address());
  }
  CORO_CHECK_TRACE("resumed");
  return coro_test::finish();
}
