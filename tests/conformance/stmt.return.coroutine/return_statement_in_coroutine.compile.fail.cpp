// [stmt.return.coroutine]/1: a coroutine shall not enclose a return statement (here a function
// that is a coroutine because of its co_await uses return).
#include <coroutine>

struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

// GCC reports the coroutine, clang the return statement.
// CHECK-GCC: [[@LINE+2]]:{{[0-9]+}}: error: a 'return' statement is not allowed in coroutine; did you mean 'co_return'?
// CHECK-CLANG: [[@LINE+3]]:{{[0-9]+}}: error: return statement not allowed in coroutine; did you mean 'co_return'?
task body() {
  co_await std::suspend_never{};
  return task{};
}
