// [expr.await]/3.6,/5.1: await_suspend receives h, a coroutine_handle<P> for the enclosing
// coroutine, which is already suspended there (not done, its promise reachable through h).
#include "coro_test.h"

namespace {

struct task {
  struct promise_type : coro_test::arena_allocated {
    int marker = 77;
    task get_return_object() { return task{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    static task get_return_object_on_allocation_failure() noexcept { return task{nullptr}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  std::coroutine_handle<promise_type> handle;
};

void* seen_address = nullptr;
int seen_marker = 0;
bool seen_done = true;

struct inspect {
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<task::promise_type> h) {
    seen_address = h.address();
    seen_marker = h.promise().marker;
    seen_done = h.done();
  }
  void await_resume() {}
};

task f() { co_await inspect{}; }

}  // namespace

extern "C" int main() {
  task t = f();
  t.handle.resume();
  CORO_CHECK(seen_address == t.handle.address());
  CORO_CHECK(seen_marker == 77);
  CORO_CHECK(!seen_done);
  t.handle.destroy();
  return coro_test::finish();
}
