// [dcl.fct.def.coroutine]/1 with [expr.prim.lambda]: a coroutine lambda may be defined in a function
// with C language linkage (firmware's extern "C" main); it works like any other coroutine lambda.
//
// XFAIL: gcc-12
// GCC 12 gives the ramp and the actor of a coroutine lambda defined in an extern "C" function the
// same assembler name (_ZZ4mainENUlvE_clE), so the assembler stops with "symbol ... is already
// defined".
#include "coro_test.h"

extern "C" int main() {
  auto body = []() -> coro_test::lazy_task {
    coro_test::events.record("before");
    co_await std::suspend_always{};
    coro_test::events.record("after");
  };
  {
    coro_test::lazy_task t = body();
    t.handle.resume();
    t.handle.resume();
    CORO_CHECK(t.handle.done());
  }
  CORO_CHECK_TRACE("before,after");
  return coro_test::finish();
}
