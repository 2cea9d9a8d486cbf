// [dcl.fct.def.coroutine]/11: with only operator delete(void*) in the promise, that one releases
// the coroutine state, with the address operator new returned.
#include "frame_allocation.h"

namespace {

using coro_test::allocated_at;
using coro_test::allocated_size;
void* freed_at = nullptr;

struct task {
  struct promise_type : coro_test::logged_new_promise<task, promise_type> {
    static void operator delete(void* frame) {
      coro_test::events.record("delete(frame)");
      freed_at = frame;
      coro_test::arena_allocated::operator delete(frame, allocated_size);
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
  CORO_CHECK_TRACE("delete(frame)");
  CORO_CHECK(allocated_at != nullptr);
  CORO_CHECK(freed_at == allocated_at);
  return coro_test::finish();
}
