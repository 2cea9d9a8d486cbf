// [expr.await]/2: an await-expression shall appear only as a potentially-evaluated expression; as
// the operand of sizeof it is ill-formed.
//
// XFAIL: gcc-12
// GCC 12 accepts co_await in an unevaluated operand (sizeof, decltype) without a diagnostic.
#include "coro_test.h"

struct value_awaiter {
  bool await_ready() { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  int await_resume() { return 1; }
};

coro_test::lazy_task f(unsigned* out) {
  *out = sizeof(co_await value_awaiter{});
  co_return;
}

// CHECK-CLANG: error: 'co_await' cannot be used in an unevaluated context
