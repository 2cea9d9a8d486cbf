// [dcl.fct.def.coroutine]/6: if the promise type declares both return_void and return_value,
// the program is ill-formed.
#include <coroutine>

struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void return_value(int) {}
    void unhandled_exception() {}
  };
};

// CHECK: [[@LINE+1]]:{{[0-9]+}}: error: the coroutine promise type {{.*}}promise_type{{.*}} declares both 'return_value' and 'return_void'
task body() { co_return; }
