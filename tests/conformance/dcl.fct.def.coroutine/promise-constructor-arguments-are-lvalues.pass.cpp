// [dcl.fct.def.coroutine]/5: the promise constructor call's arguments are lvalues (q_i), so a
// constructor taking int&& is not viable for a coroutine f(int) and the default constructor is used.
#include "coro_test.h"

namespace {

struct task {
  struct promise_type : coro_test::detached_promise<task> {
    promise_type() { coro_test::events.record("default-constructor"); }
    explicit promise_type(int&&) { coro_test::events.record("rvalue-constructor"); }
    void return_void() {}
  };
};

task f(int) { co_return; }

}  // namespace

extern "C" int main() {
  f(1);
  CORO_CHECK_TRACE("default-constructor");
  return coro_test::finish();
}
