// [dcl.fct.def.coroutine]/4,/9: for a member coroutine p1 denotes *this, so the promise's
// operator new(size_t, widget&, int) receives the object and then the parameters.
#include "frame_allocation.h"

namespace {

struct widget;
const widget* seen_object = nullptr;
int seen_n = 0;

struct task {
  struct promise_type : coro_test::promise_without_allocation<task, promise_type> {
    static void* operator new(decltype(sizeof 0) size) {
      coro_test::events.record("new(size)");
      return coro_test::arena_allocated::operator new(size);
    }
    static void* operator new(decltype(sizeof 0) size, widget& object, int n) {
      coro_test::events.record("new(size,object,int)");
      seen_object = &object;
      seen_n = n;
      return coro_test::arena_allocated::operator new(size);
    }
    static void operator delete(void* frame, decltype(sizeof 0) size) {
      coro_test::arena_allocated::operator delete(frame, size);
    }
  };
  std::coroutine_handle<promise_type> handle;
};

struct widget {
  // noinline: inlined, clang could elide the frame allocation ([dcl.fct.def.coroutine]/9).
  [[gnu::noinline]] task run(int) { co_return; }
};

}  // namespace

extern "C" int main() {
  widget w;
  task t = w.run(4);
  t.handle.destroy();
  CORO_CHECK_TRACE("new(size,object,int)");
  CORO_CHECK(seen_object == &w);
  CORO_CHECK(seen_n == 4);
  return coro_test::finish();
}
