// [expr.await]/3.7: await-ready is e.await_ready() contextually converted to bool, so a result type
// with only an explicit operator bool is accepted and its value decides whether to suspend.
#include "coro_test.h"

namespace {

struct readiness {
  bool value;
  explicit operator bool() const { return value; }
};

struct awaiter {
  bool ready;
  readiness await_ready() { return readiness{ready}; }
  void await_suspend(std::coroutine_handle<>) { coro_test::events.record("await_suspend"); }
  void await_resume() {}
};

coro_test::lazy_task f() {
  co_await awaiter{true};
  coro_test::events.record("no-suspension");
  co_await awaiter{false};
  coro_test::events.record("resumed");
}

}  // namespace

extern "C" int main() {
  {
    coro_test::lazy_task t = f();
    t.handle.resume();
    coro_test::events.record("suspended");
    t.handle.resume();
  }
  CORO_CHECK_TRACE("no-suspension,await_suspend,suspended,resumed");
  return coro_test::finish();
}
