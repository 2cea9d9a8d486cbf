// [stmt.return.coroutine]/2: co_return expr; with a non-void operand calls
// p.return_value(expr); a promise with only return_void makes it ill-formed.
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

// CHECK: [[@LINE+1]]:{{[0-9]+}}: error: no member named 'return_value' in {{.*}}promise_type
task body() { co_return 42; }
