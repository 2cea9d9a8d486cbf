// [stmt.return.coroutine]/1: a coroutine shall not enclose a return statement (here a function
// that is a coroutine because of its co_await uses return).
#include "coro_test.h"

// GCC reports the coroutine, clang the return statement.
// CHECK-GCC: [[@LINE+2]]:{{[0-9]+}}: error: a 'return' statement is not allowed in coroutine; did you mean 'co_return'?
// CHECK-CLANG: [[@LINE+3]]:{{[0-9]+}}: error: return statement not allowed in coroutine; did you mean 'co_return'?
coro_test::lazy_task body() {
  co_await std::suspend_never{};
  return coro_test::lazy_task{nullptr};
}
