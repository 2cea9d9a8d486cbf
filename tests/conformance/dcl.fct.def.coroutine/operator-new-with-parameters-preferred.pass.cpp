// [dcl.fct.def.coroutine]/9: the promise's operator new is first tried with the arguments
// (size, p1, ..., pn); when that overload is viable it is chosen over operator new(size_t).
#include "frame_allocation.h"

namespace {

int seen_n = 0;
const char* seen_text = nullptr;

struct task {
  struct promise_type : coro_test::promise_without_allocation<task, promise_type> {
    static void* operator new(decltype(sizeof 0) size) {
      coro_test::events.record("new(size)");
      return coro_test::arena_allocated::operator new(size);
    }
    static void* operator new(decltype(sizeof 0) size, int n, const char* text) {
      coro_test::events.record("new(size,int,text)");
      seen_n = n;
      seen_text = text;
      return coro_test::arena_allocated::operator new(size);
    }
    static void operator delete(void* frame, decltype(sizeof 0) size) {
      coro_test::arena_allocated::operator delete(frame, size);
    }
  };
  std::coroutine_handle<promise_type> handle;
};

const char text[] = "text";

// noinline: were the call inlined, clang could elide the frame allocation (which
// [dcl.fct.def.coroutine]/9 permits) and there would be nothing to observe.
[[gnu::noinline]] task f(int, const char*) { co_return; }

}  // namespace

extern "C" int main() {
  task t = f(11, text);
  t.handle.destroy();
  CORO_CHECK_TRACE("new(size,int,text)");
  CORO_CHECK(seen_n == 11);
  CORO_CHECK(seen_text == text);
  return coro_test::finish();
}
