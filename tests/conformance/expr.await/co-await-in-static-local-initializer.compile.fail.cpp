// [expr.await]/2: an await-expression shall not appear in the initializer of a block variable with
// static or thread storage duration.
//
// XFAIL: gcc-12 || clang
// GCC 12, clang 14 and clang 19 all accept a co_await in a static local's initializer without a
// diagnostic (the rule is in C++20's [expr.await]/2 already).
#include "coro_test.h"

struct value_awaiter {
  bool await_ready() { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  int await_resume() { return 1; }
};

coro_test::lazy_task f(int* out) {
  static int once = co_await value_awaiter{};
  *out = once;
}
