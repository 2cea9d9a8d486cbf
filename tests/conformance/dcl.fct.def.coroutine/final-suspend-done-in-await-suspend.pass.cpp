// [dcl.fct.def.coroutine]/5 with [expr.await]/5.1: at the final await expression the coroutine is
// suspended at its final suspend point before await_suspend runs, so done() is already true there.
#include "coro_test.h"

namespace {

bool done_in_await_suspend = false;

struct final_awaiter {
  bool await_ready() noexcept { return false; }
  void await_suspend(std::coroutine_handle<> h) noexcept { done_in_await_suspend = h.done(); }
  void await_resume() noexcept {}
};

struct task {
  struct promise_type : coro_test::arena_allocated {
    task get_return_object() { return task{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    static task get_return_object_on_allocation_failure() noexcept { return task{nullptr}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    final_awaiter final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  std::coroutine_handle<promise_type> handle;
};

task f() { co_return; }

}  // namespace

extern "C" int main() {
  task t = f();
  CORO_CHECK(done_in_await_suspend);
  CORO_CHECK(t.handle.done());
  t.handle.destroy();
  return coro_test::finish();
}
