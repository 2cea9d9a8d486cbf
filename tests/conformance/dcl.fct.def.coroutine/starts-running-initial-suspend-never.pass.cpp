// [dcl.fct.def.coroutine]/5: with initial_suspend returning suspend_never the body runs as part of
// the call, up to its first suspension, before the call returns.
#include "coro_test.h"

namespace {

coro_test::eager_task f() {
  coro_test::events.record("body");
  co_await std::suspend_always{};
  coro_test::events.record("after-suspension");
}

}  // namespace

extern "C" int main() {
  {
    coro_test::eager_task t = f();
    coro_test::events.record("returned");
    t.handle.resume();
  }
  CORO_CHECK_TRACE("body,returned,after-suspension");
  return coro_test::finish();
}
