// [coroutine.handle.resumption]/5: destroy() on a coroutine suspended at its final suspend point
// destroys the promise and frees the frame; the locals were already gone.
#include "coro_test.h"

struct local {
  ~local() { coro_test::events.record("~local"); }
};

// noinline: were the call inlined, clang could elide the frame allocation ([dcl.fct.def.coroutine]/9
// allows it), and the frame count this test checks would stay 0.
[[gnu::noinline]] coro_test::traced_task<coro_test::eager> body() {
  local l;
  co_return;
}

extern "C" int main() {
  coro_test::traced_task<coro_test::eager> t = body();
  CORO_CHECK(t.handle.done());
  coro_test::events.record("destroy");
  CORO_CHECK(coro_test::live_frames == 1);
  t.handle.destroy();
  t.handle = nullptr;  // already destroyed: not again by the task
  CORO_CHECK(coro_test::live_frames == 0);
  CORO_CHECK_TRACE("~local,destroy,~promise");
  return coro_test::finish();
}
