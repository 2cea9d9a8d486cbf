// [dcl.fct.def.coroutine]/1: the parameter-declaration-clause of a coroutine shall not end in
// an ellipsis (a C variadic function cannot be a coroutine).
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

// CHECK: [[@LINE+1]]:{{[0-9]+}}: error: 'co_return' cannot be used in a varargs function
task body(int, ...) { co_return; }
