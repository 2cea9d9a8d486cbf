// [expr.await]/3.2: await_transform is not applied to the initial and final await expressions; a
// promise whose await_transform accepts anything still awaits initial/final_suspend's result as is.
#include "coro_test.h"

namespace {

struct task {
  struct promise_type : coro_test::arena_allocated {
    template <class T>
    T await_transform(T value) {
      coro_test::events.record("await_transform");
      return value;
    }
    task get_return_object() { return {}; }
    static task get_return_object_on_allocation_failure() noexcept { return {}; }
    std::suspend_never initial_suspend() noexcept {
      coro_test::events.record("initial_suspend");
      return {};
    }
    std::suspend_never final_suspend() noexcept {
      coro_test::events.record("final_suspend");
      return {};
    }
    void return_void() {}
    void unhandled_exception() {}
  };
};

task f() {
  coro_test::events.record("body");
  co_await std::suspend_never{};
}

}  // namespace

extern "C" int main() {
  f();
  CORO_CHECK_TRACE("initial_suspend,body,await_transform,final_suspend");
  return coro_test::finish();
}
