// [expr.await]/3.2 with [expr.yield]/2: the await-expression a co_yield produces does not go through
// await_transform: yield_value's result is awaited as is.
#include "coro_test.h"

namespace {

struct task {
  struct promise_type : coro_test::detached_promise<task> {
    template <class T>
    T await_transform(T value) {
      coro_test::events.record("await_transform");
      return value;
    }
    std::suspend_never yield_value(int) {
      coro_test::events.record("yield_value");
      return {};
    }
    void return_void() {}
  };
};

task f() {
  co_yield 1;
  co_await std::suspend_never{};  // this one is transformed
}

}  // namespace

extern "C" int main() {
  f();
  CORO_CHECK_TRACE("yield_value,await_transform");
  return coro_test::finish();
}
