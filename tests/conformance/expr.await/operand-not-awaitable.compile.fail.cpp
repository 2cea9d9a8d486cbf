// [expr.await]/3.7: await-ready is e.await_ready(); co_await on an object whose type has no
// await_ready (nor operator co_await or await_transform) is ill-formed.
#include "coro_test.h"

struct not_awaitable {
  int value;
};

coro_test::lazy_task f() { co_await not_awaitable{1}; }

// CHECK: error: no member named 'await_ready' in 'not_awaitable'
