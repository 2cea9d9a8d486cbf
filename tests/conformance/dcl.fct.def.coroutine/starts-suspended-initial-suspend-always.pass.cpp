// [dcl.fct.def.coroutine]/5: the initial await expression co_await promise.initial_suspend()
// runs before the body; with suspend_always the call returns before any of the body runs.
#include "coro_test.h"

namespace {

coro_test::lazy_task f() {
  coro_test::events.record("body");
  co_return;
}

}  // namespace

extern "C" int main() {
  {
    coro_test::lazy_task t = f();
    coro_test::events.record("returned");
    CORO_CHECK(!t.handle.done());
    t.handle.resume();
    CORO_CHECK(t.handle.done());
  }
  CORO_CHECK_TRACE("returned,body");
  return coro_test::finish();
}
