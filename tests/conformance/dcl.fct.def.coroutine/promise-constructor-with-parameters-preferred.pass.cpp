// [dcl.fct.def.coroutine]/5: if a promise constructor is viable for the argument list of the
// parameter copies, it is used (with those arguments) instead of the default constructor.
#include "coro_test.h"

namespace {

int seen_n = 0;
char seen_c = 0;

struct task {
  struct promise_type : coro_test::arena_allocated {
    promise_type() { coro_test::events.record("default-constructor"); }
    promise_type(int& n, char& c) {
      coro_test::events.record("parameter-constructor");
      seen_n = n;
      seen_c = c;
    }
    task get_return_object() { return {}; }
    static task get_return_object_on_allocation_failure() noexcept { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

task f(int, char) { co_return; }

}  // namespace

extern "C" int main() {
  f(42, 'x');
  CORO_CHECK_TRACE("parameter-constructor");
  CORO_CHECK(seen_n == 42);
  CORO_CHECK(seen_c == 'x');
  return coro_test::finish();
}
