// [coroutine.handle.con]/2-3: from_promise(p) returns a handle to the coroutine whose promise
// object is p: the same address as the handle the compiler passes to await_suspend.
#include "coro_test.h"

struct task {
  struct promise_type : coro_test::detached_promise<task> {
    void return_void() {}
  };
};

std::coroutine_handle<task::promise_type> from_compiler;
std::coroutine_handle<task::promise_type> from_promise;

struct capture {
  bool await_ready() noexcept { return false; }
  bool await_suspend(std::coroutine_handle<task::promise_type> h) noexcept {
    from_compiler = h;
    from_promise = std::coroutine_handle<task::promise_type>::from_promise(h.promise());
    return false;  // resume at once
  }
  void await_resume() noexcept {}
};

task run() {
  co_await capture{};
  coro_test::events.record("resumed");
}

extern "C" int main() {
  run();
  CORO_CHECK(from_compiler.address() != nullptr);
  CORO_CHECK(from_promise.address() == from_compiler.address());
  CORO_CHECK_TRACE("resumed");
  return coro_test::finish();
}
