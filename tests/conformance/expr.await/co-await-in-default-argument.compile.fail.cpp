// [expr.await]/2: an await-expression shall not appear in a default argument.
#include "coro_test.h"

struct value_awaiter {
  bool await_ready() { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  int await_resume() { return 1; }
};

void g(int n = co_await value_awaiter{});

// CHECK: error: 'co_await' cannot be used outside a function
