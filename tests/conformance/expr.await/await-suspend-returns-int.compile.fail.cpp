// [expr.await]/3.8: await-suspend shall be a prvalue of type void, bool or coroutine_handle<Z>;
// an await_suspend returning int is ill-formed.
#include "coro_test.h"

struct bad_awaiter {
  bool await_ready() { return false; }
  int await_suspend(std::coroutine_handle<>) { return 1; }
  void await_resume() {}
};

coro_test::lazy_task f() { co_await bad_awaiter{}; }

// CHECK-GCC: error: 'await_suspend' must return 'void', 'bool' or a coroutine handle
// CHECK-CLANG: error: return type of 'await_suspend' is required to be 'void' or 'bool' (have 'int')
