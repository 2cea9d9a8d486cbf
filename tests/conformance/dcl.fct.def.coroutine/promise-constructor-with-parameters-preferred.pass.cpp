// [dcl.fct.def.coroutine]/5: if a promise constructor is viable for the argument list of the
// parameter copies, it is used (with those arguments) instead of the default constructor.
#include "coro_test.h"

namespace {

int seen_n = 0;
char seen_c = 0;

struct task {
  struct promise_type : coro_test::detached_promise<task> {
    promise_type() { coro_test::events.record("default-constructor"); }
    promise_type(int& n, char& c) {
      coro_test::events.record("parameter-constructor");
      seen_n = n;
      seen_c = c;
    }
    void return_void() {}
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
