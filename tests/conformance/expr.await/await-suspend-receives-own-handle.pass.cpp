// [expr.await]/3.6,/5.1: await_suspend receives h, a coroutine_handle<P> for the enclosing
// coroutine, which is already suspended there (not done, its promise reachable through h).
#include "coro_test.h"

namespace {

using promise_type = coro_test::lazy_task::promise_type;

void* seen_address = nullptr;
const promise_type* seen_promise = nullptr;
bool seen_done = true;

struct inspect {
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<promise_type> h) {
    seen_address = h.address();
    seen_promise = &h.promise();
    seen_done = h.done();
  }
  void await_resume() {}
};

coro_test::lazy_task f() { co_await inspect{}; }

}  // namespace

extern "C" int main() {
  {
    coro_test::lazy_task t = f();
    t.handle.resume();
    CORO_CHECK(seen_address == t.handle.address());
    CORO_CHECK(seen_promise == &t.handle.promise());
    CORO_CHECK(!seen_done);
  }
  return coro_test::finish();
}
