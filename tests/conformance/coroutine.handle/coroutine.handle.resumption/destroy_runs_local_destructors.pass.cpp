// [coroutine.handle.resumption]/5, [dcl.fct.def.coroutine]/11: destroy() on a coroutine
// suspended in its body destroys the live locals (in reverse order), then the promise, then frees
// the frame; the rest of the body does not run.
#include "coro_test.h"

struct local {
  const char* destroyed;
  ~local() { coro_test::events.record(destroyed); }
};

struct task {
  struct promise_type : coro_test::arena_allocated {
    ~promise_type() { coro_test::events.record("~promise"); }
    task get_return_object() { return {std::coroutine_handle<promise_type>::from_promise(*this)}; }
    static task get_return_object_on_allocation_failure() noexcept { return {nullptr}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  std::coroutine_handle<promise_type> handle;
};

task body() {
  local outer{"~outer"};
  {
    local inner{"~inner"};
    co_await std::suspend_always{};
    coro_test::events.record("not reached");
  }
}

extern "C" int main() {
  task t = body();
  coro_test::events.record("destroy");
  CORO_CHECK(coro_test::live_frames == 1);
  t.handle.destroy();
  CORO_CHECK(coro_test::live_frames == 0);
  CORO_CHECK_TRACE("destroy,~inner,~outer,~promise");
  return coro_test::finish();
}
