// [coroutine.trivial.awaitables], [dcl.fct.def.coroutine]/5: with suspend_always as the initial
// awaitable, the coroutine suspends before its body: the call returns with nothing run.
#include "coro_test.h"

struct local {
  ~local() { coro_test::events.record("~local"); }
};

struct task {
  struct promise_type : coro_test::arena_allocated {
    ~promise_type() { coro_test::events.record("~promise"); }
    task get_return_object() { return {std::coroutine_handle<promise_type>::from_promise(*this)}; }
    static task get_return_object_on_allocation_failure() noexcept { return {nullptr}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() { coro_test::events.record("return_void"); }
    void unhandled_exception() {}
  };
  std::coroutine_handle<promise_type> handle;
};

task body() {
  local l;
  coro_test::events.record("body");
  co_return;
}

extern "C" int main() {
  task t = body();
  coro_test::events.record("returned");
  CORO_CHECK(!t.handle.done());
  t.handle.resume();
  coro_test::events.record("resumed");
  CORO_CHECK(t.handle.done());
  t.handle.destroy();
  CORO_CHECK_TRACE("returned,body,return_void,~local,resumed,~promise");
  return coro_test::finish();
}
