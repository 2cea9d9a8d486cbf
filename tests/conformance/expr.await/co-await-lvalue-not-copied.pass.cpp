// [expr.await]/3.5: if o is a glvalue, e is that object itself: awaiting an lvalue awaiter copies
// nothing, and its member functions run on the named object.
#include "coro_test.h"

namespace {

int copies = 0;

struct counting_awaiter {
  int calls = 0;
  counting_awaiter() = default;
  counting_awaiter(const counting_awaiter&) { ++copies; }
  bool await_ready() {
    ++calls;
    return false;
  }
  void await_suspend(std::coroutine_handle<>) { ++calls; }
  const counting_awaiter* await_resume() {
    ++calls;
    return this;
  }
};

counting_awaiter shared;
const counting_awaiter* seen = nullptr;

coro_test::lazy_task f() {
  seen = co_await shared;
}

}  // namespace

extern "C" int main() {
  {
    coro_test::lazy_task t = f();
    t.handle.resume();
    t.handle.resume();
  }
  CORO_CHECK(copies == 0);
  CORO_CHECK(seen == &shared);
  CORO_CHECK(shared.calls == 3);
  return coro_test::finish();
}
