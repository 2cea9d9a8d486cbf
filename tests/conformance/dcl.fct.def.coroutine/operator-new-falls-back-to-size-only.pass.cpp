// [dcl.fct.def.coroutine]/9: if operator new(size, p1, ..., pn) has no viable overload, overload
// resolution is repeated with the size alone.
#include "coro_test.h"

namespace {

struct task {
  struct promise_type {
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
    task get_return_object() { return task{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
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
