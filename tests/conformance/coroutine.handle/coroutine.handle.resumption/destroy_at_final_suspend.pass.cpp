// [coroutine.handle.resumption]/5: destroy() on a coroutine suspended at its final suspend point
// destroys the promise and frees the frame; the locals were already gone.
#include "traced_promise.h"

struct local {
  ~local() { coro_test::events.record("~local"); }
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
  local l;
  co_return;
}

extern "C" int main() {
  task t = body();
  CORO_CHECK(t.handle.done());
  coro_test::events.record("destroy");
  CORO_CHECK(coro_test::live_frames == 1);
  t.handle.destroy();
  CORO_CHECK(coro_test::live_frames == 0);
  CORO_CHECK_TRACE("~local,destroy,~promise");
  return coro_test::finish();
}
