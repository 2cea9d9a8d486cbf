// [dcl.fct.def.coroutine]/1 with [expr.prim.lambda.closure]/5: a generic lambda whose body has a
// co_await is a coroutine in every specialisation of its operator() template.
#include "coro_test.h"

namespace {

// Not in main: GCC 12 cannot define a coroutine lambda inside an extern "C" function (see
// lambda-coroutine-in-extern-c-function.pass.cpp).
void run() {
  auto record_twice = [](auto first, auto second) -> coro_test::lazy_task {
    coro_test::events.record(first);
    co_await std::suspend_always{};
    coro_test::events.record(second);
  };
  {
    coro_test::lazy_task a = record_twice("a1", "a2");
    coro_test::lazy_task b = record_twice(static_cast<const char*>("b1"), "b-second");
    a.handle.resume();
    b.handle.resume();
    a.handle.resume();
    b.handle.resume();
    CORO_CHECK(a.handle.done());
    CORO_CHECK(b.handle.done());
  }
  CORO_CHECK_TRACE("a1,b1,a2,b-second");
}

}  // namespace

extern "C" int main() {
  run();
  return coro_test::finish();
}
