// [dcl.fct.def.coroutine]/7: get_return_object is called after the promise is constructed, before
// initial_suspend, and at most once, even though the coroutine suspends and resumes later.
#include "coro_test.h"

namespace {

struct task {
  struct promise_type : coro_test::arena_allocated {
    promise_type() { coro_test::events.record("promise"); }
    task get_return_object() {
      coro_test::events.record("get_return_object");
      return task{std::coroutine_handle<promise_type>::from_promise(*this)};
    }
    static task get_return_object_on_allocation_failure() noexcept { return task{nullptr}; }
    std::suspend_never initial_suspend() noexcept {
      coro_test::events.record("initial_suspend");
      return {};
    }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  std::coroutine_handle<promise_type> handle;
};

task f() {
  coro_test::events.record("body");
  co_await std::suspend_always{};
  coro_test::events.record("resumed");
}

}  // namespace

extern "C" int main() {
  task t = f();
  coro_test::events.record("returned");
  t.handle.resume();
  t.handle.destroy();
  CORO_CHECK_TRACE("promise,get_return_object,initial_suspend,body,returned,resumed");
  return coro_test::finish();
}
