// [dcl.fct.def.coroutine]/9: if operator new(size, p1, ..., pn) has no viable overload, overload
// resolution is repeated with the size alone.
#include "frame_allocation.h"

namespace {

struct task {
  struct promise_type : coro_test::promise_without_allocation<task, promise_type> {
    static void* operator new(decltype(sizeof 0) size) {
      coro_test::events.record("new(size)");
      return coro_test::arena_allocated::operator new(size);
    }
    static void* operator new(decltype(sizeof 0) size, int*) {  // not viable for f(const char*)
      coro_test::events.record("new(size,int*)");
      return coro_test::arena_allocated::operator new(size);
    }
    static void operator delete(void* frame, decltype(sizeof 0) size) {
      coro_test::arena_allocated::operator delete(frame, size);
    }
  };
  std::coroutine_handle<promise_type> handle;
};

// noinline: were the call inlined, clang could elide the frame allocation (which
// [dcl.fct.def.coroutine]/9 permits) and there would be nothing to observe.
[[gnu::noinline]] task f(const char* text) {
  coro_test::events.record(text);
  co_return;
}

}  // namespace

extern "C" int main() {
  task t = f("body");
  t.handle.destroy();
  CORO_CHECK_TRACE("new(size),body");
  return coro_test::finish();
}
