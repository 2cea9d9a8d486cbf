// [stmt.return.coroutine]/2: p.return_value(expr) is a full-expression, so temporaries of the
// operand are destroyed right after the call, before the final suspend point.
#include "coro_test.h"

struct temporary {
  int value;
  ~temporary() { coro_test::events.record("~temporary"); }
};

struct task {
  struct promise_type : coro_test::arena_allocated {
    task get_return_object() { return {}; }
    static task get_return_object_on_allocation_failure() noexcept { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept {
      coro_test::events.record("final_suspend");
      return {};
    }
    void return_value(int) { coro_test::events.record("return_value"); }
    void unhandled_exception() {}
  };
};

task body() { co_return temporary{7}.value; }

extern "C" int main() {
  body();
  CORO_CHECK_TRACE("return_value,~temporary,final_suspend");
  return coro_test::finish();
}
