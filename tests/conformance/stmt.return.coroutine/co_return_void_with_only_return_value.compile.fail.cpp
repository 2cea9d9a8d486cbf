// [stmt.return.coroutine]/2: co_return; (no operand) calls p.return_void(); a promise with only
// return_value makes it ill-formed.
#include <coroutine>

struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_value(int) {}
    void unhandled_exception() {}
  };
};

// CHECK: [[@LINE+1]]:{{[0-9]+}}: error: no member named 'return_void' in {{.*}}promise_type
task body() { co_return; }
