// [expr.await]/1: the operand of co_await is a cast-expression, so it may itself be an
// await-expression: co_await co_await x awaits the awaitable that the inner co_await produced.
#include "coro_test.h"

namespace {

struct leaf {
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<>) { coro_test::events.record("suspend-outer"); }
  int await_resume() { return 21; }
};

struct producer {
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<>) { coro_test::events.record("suspend-inner"); }
  leaf await_resume() { return {}; }
};

int result = 0;

coro_test::lazy_task f() { result = 2 * co_await co_await producer{}; }

}  // namespace

extern "C" int main() {
  {
    coro_test::lazy_task t = f();
    t.handle.resume();
    t.handle.resume();
    t.handle.resume();
    CORO_CHECK(t.handle.done());
  }
  CORO_CHECK(result == 42);
  CORO_CHECK_TRACE("suspend-inner,suspend-outer");
  return coro_test::finish();
}
