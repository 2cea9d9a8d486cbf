// [expr.await]/2, [dcl.fct.def.coroutine]/5: a coroutine whose body holds an await-expression in
// an if condition runs its body from the start when first resumed, also when that
// await-expression does not suspend.
//
// XFAIL: gcc-12
// GCC 12.2 (Debian's g++ 12.2.0 on the host at -O0 and -O2, and arm-none-eabi-g++ 12.2.1) skips
// the whole body: the first resume returns at once and the coroutine never ends; clang runs it.
// Found in freeco (issue 13's tests, 2026-12): no upstream GCC report was found to cite yet. In
// freeco's runtime it shows as a task that never runs (`if (co_await t)`, `switch (co_await t)`,
// `while (co_await t != 1)`; a task's result through a variable is not affected).
#include "coro_test.h"

namespace {

coro_test::lazy_task f() {
  coro_test::events.record("body");
  if (co_await std::suspend_never{}, true) coro_test::events.record("in-if");
}

}  // namespace

extern "C" int main() {
  {
    coro_test::lazy_task t = f();
    t.handle.resume();
    CORO_CHECK(t.handle.done());
  }
  CORO_CHECK_TRACE("body,in-if");
  return coro_test::finish();
}
