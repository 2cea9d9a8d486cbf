// [coroutine.handle.resumption]/5, [dcl.fct.def.coroutine]/11: destroy() on a coroutine
// suspended in its body destroys the live locals (in reverse order), then the promise, then frees
// the frame; the rest of the body does not run.
#include "coro_test.h"

struct local {
  const char* destroyed;
  ~local() { coro_test::events.record(destroyed); }
};

// noinline: were the call inlined, clang could elide the frame allocation ([dcl.fct.def.coroutine]/9
// allows it), and the frame count this test checks would stay 0.
[[gnu::noinline]] coro_test::traced_task<coro_test::eager> body() {
  local outer{"~outer"};
  {
    local inner{"~inner"};
    co_await std::suspend_always{};
    coro_test::events.record("not reached");
  }
}

extern "C" int main() {
  coro_test::traced_task<coro_test::eager> t = body();
  coro_test::events.record("destroy");
  CORO_CHECK(coro_test::live_frames == 1);
  t.handle.destroy();
  t.handle = nullptr;  // already destroyed: not again by the task
  CORO_CHECK(coro_test::live_frames == 0);
  CORO_CHECK_TRACE("destroy,~inner,~outer,~promise");
  return coro_test::finish();
}
