// [expr.yield]/2: co_yield e means co_await p.yield_value(e); in a coroutine whose promise has no
// yield_value the co_yield is ill-formed.
#include "coro_test.h"

coro_test::lazy_task f() { co_yield 1; }

// CHECK: error: no member named 'yield_value' in
