// [dcl.constexpr]/3 (C++20): a constexpr function shall not be a coroutine, so a co_await in the
// body of a constexpr function is ill-formed.
#include "coro_test.h"

constexpr coro_test::lazy_task f() { co_await std::suspend_always{}; }

// CHECK-GCC: error: 'co_await' cannot be used in a 'constexpr' function
// CHECK-CLANG: error: 'co_await' cannot be used in a constexpr function
