// [dcl.fct.def.coroutine]/5: when no promise constructor is viable for the parameter copies, the
// promise is default-initialised (empty promise-constructor-arguments).
#include "coro_test.h"

namespace {

struct task {
  struct promise_type : coro_test::arena_allocated {
    promise_type() { coro_test::events.record("default-constructor"); }
    explicit promise_type(int&) { coro_test::events.record("int-constructor"); }
    task get_return_object() { return {}; }
    static task get_return_object_on_allocation_failure() noexcept { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

task f(const char* text) {
  coro_test::events.record(text);
  co_return;
}

}  // namespace

extern "C" int main() {
  f("body");
  CORO_CHECK_TRACE("default-constructor,body");
  return coro_test::finish();
}
