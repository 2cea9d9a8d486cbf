// [coroutine.handle.resumption]/5, [dcl.fct.def.coroutine]/11: destroy() on a coroutine
// suspended in its body destroys the live locals (in reverse order), then the promise, then frees
// the frame; the rest of the body does not run.
#include "traced_promise.h"

struct local {
  const char* destroyed;
  ~local() { coro_test::events.record(destroyed); }
};

struct task {
  struct promise_type : coro_test::traced_promise<task, promise_type> {
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
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
