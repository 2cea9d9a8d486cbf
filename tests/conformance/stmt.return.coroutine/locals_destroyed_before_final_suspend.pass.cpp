// [stmt.return.coroutine]/2: co_return is { S; goto final-suspend; }, so the operand is
// evaluated and return_value called while locals live; then the locals are destroyed (innermost
// first) before final_suspend() is called.
#include "coro_test.h"

struct local {
  const char* name;
  ~local() { coro_test::events.record(name); }
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

int operand() {
  coro_test::events.record("operand");
  return 0;
}

task body() {
  local outer{"~outer"};
  {
    local inner{"~inner"};
    co_return operand();
  }
}

extern "C" int main() {
  body();
  CORO_CHECK_TRACE("operand,return_value,~inner,~outer,final_suspend");
  return coro_test::finish();
}
