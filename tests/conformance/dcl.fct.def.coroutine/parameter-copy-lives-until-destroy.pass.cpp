// [dcl.fct.def.coroutine]/13: the lifetime of a parameter copy ends immediately after that of the
// promise: not when the call returns, but when the coroutine state is destroyed, after the promise.
#include "traced_promise.h"

namespace {

struct tracked {
  bool owner = true;
  tracked() = default;
  tracked(tracked&& other) { other.owner = false; }
  ~tracked() {
    if (owner) coro_test::events.record("~parameter");
  }
};

struct task {
  struct promise_type : coro_test::traced_promise<task, promise_type> {
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
  };
  std::coroutine_handle<promise_type> handle;
};

task f(tracked) {
  coro_test::events.record("body");
  co_return;
}

}  // namespace

extern "C" int main() {
  task t = f(tracked{});
  coro_test::events.record("returned");
  t.handle.resume();
  coro_test::events.record("final-suspend");
  t.handle.destroy();
  CORO_CHECK_TRACE("returned,body,final-suspend,~promise,~parameter");
  return coro_test::finish();
}
