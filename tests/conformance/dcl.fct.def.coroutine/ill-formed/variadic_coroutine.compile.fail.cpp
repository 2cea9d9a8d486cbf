// [dcl.fct.def.coroutine]/1: the parameter-declaration-clause of a coroutine shall not end in
// an ellipsis (a C variadic function cannot be a coroutine).
#include "coro_test.h"

// CHECK: [[@LINE+1]]:{{[0-9]+}}: error: 'co_return' cannot be used in a varargs function
coro_test::lazy_task body(int, ...) { co_return; }
