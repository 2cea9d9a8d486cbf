// [dcl.fct.def.coroutine]/11: when the promise declares both operator delete(void*) and
// operator delete(void*, size_t), the sized one is selected and receives the frame's address and
// the size that was allocated.
//
// XFAIL: clang-14
// clang 14 selects operator delete(void*) when both are declared (the class-scope rule of a
// delete-expression, [expr.delete]/10.2, instead of this one); clang 19 selects the sized one.
#include "frame_allocation.h"

namespace {

using coro_test::allocated_at;
using coro_test::allocated_size;
void* freed_at = nullptr;
decltype(sizeof 0) freed_size = 0;

struct task {
  struct promise_type : coro_test::logged_new_promise<task, promise_type> {
    static void operator delete(void* frame) {
      coro_test::events.record("delete(frame)");
      freed_at = frame;
      coro_test::arena_allocated::operator delete(frame, allocated_size);
    }
    static void operator delete(void* frame, decltype(sizeof 0) size) {
      coro_test::events.record("delete(frame,size)");
      freed_at = frame;
      freed_size = size;
      coro_test::arena_allocated::operator delete(frame, size);
    }
  };
  std::coroutine_handle<promise_type> handle;
};

// noinline: were the call inlined, clang could elide the frame allocation (which
// [dcl.fct.def.coroutine]/9 permits) and there would be nothing to observe.
[[gnu::noinline]] task f() { co_return; }

}  // namespace

extern "C" int main() {
  task t = f();
  t.handle.destroy();
  CORO_CHECK_TRACE("delete(frame,size)");
  CORO_CHECK(allocated_at != nullptr);
  CORO_CHECK(freed_at == allocated_at);
  CORO_CHECK(freed_size == allocated_size);
  return coro_test::finish();
}
