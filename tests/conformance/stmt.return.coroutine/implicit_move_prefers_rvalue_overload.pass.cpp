// [class.copy.elision]/3: for co_return x; naming a local object, overload resolution for
// return_value first treats x as an rvalue, so return_value(T&&) wins over
// return_value(const T&), also for (x) in parentheses.
#include "coro_test.h"

struct copyable {
  int value;
};

struct task {
  struct promise_type : coro_test::arena_allocated {
    task get_return_object() { return {}; }
    static task get_return_object_on_allocation_failure() noexcept { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_value(const copyable&) { coro_test::events.record("const&"); }
    void return_value(copyable&&) { coro_test::events.record("&&"); }
    void unhandled_exception() {}
  };
};

task plain() {
  copyable local{1};
  co_return local;
}

task parenthesised() {
  copyable local{2};
  co_return (local);
}

extern "C" int main() {
  plain();
  parenthesised();
  CORO_CHECK_TRACE("&&,&&");
  return coro_test::finish();
}
