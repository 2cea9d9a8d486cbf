// [class.copy.elision]/3: for co_return x; naming a local object, overload resolution for
// return_value first treats x as an rvalue, so return_value(T&&) wins over
// return_value(const T&), also for (x) in parentheses.
#include "coro_test.h"

struct copyable {
  int value;
};

struct task {
  struct promise_type : coro_test::detached_promise<task> {
    void return_value(const copyable&) { coro_test::events.record("const&"); }
    void return_value(copyable&&) { coro_test::events.record("&&"); }
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
