// [dcl.fct.def.coroutine]/10: with get_return_object_on_allocation_failure in the promise and a
// noexcept operator new that returns nullptr, the call returns that function's result: no promise,
// no parameter copy, no get_return_object, no body, and nothing to deallocate.
#include "coro_test.h"

namespace {

int moves = 0;

struct tracked {
  tracked() = default;
  tracked(tracked&&) { ++moves; }
};

struct task {
  int origin;
  std::coroutine_handle<> handle;
  struct promise_type {
    promise_type() { coro_test::events.record("promise"); }
    static void* operator new(decltype(sizeof 0)) noexcept {
      coro_test::events.record("new");
      return nullptr;
    }
    static void operator delete(void*) { coro_test::events.record("delete"); }
    static task get_return_object_on_allocation_failure() {
      coro_test::events.record("on_allocation_failure");
      return task{2, nullptr};
    }
    task get_return_object() {
      coro_test::events.record("get_return_object");
      return task{1, std::coroutine_handle<promise_type>::from_promise(*this)};
    }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

// noinline: were the call inlined, clang could elide the frame allocation (which
// [dcl.fct.def.coroutine]/9 permits) and there would be nothing to observe.
[[gnu::noinline]] task f(tracked) {
  coro_test::events.record("body");
  co_return;
}

}  // namespace

extern "C" int main() {
  task t = f(tracked{});
  if (t.handle) t.handle.destroy();  // only if the allocation wrongly succeeded
  CORO_CHECK(t.origin == 2);
  CORO_CHECK(moves == 0);
  CORO_CHECK_TRACE("new,on_allocation_failure");
  return coro_test::finish();
}
