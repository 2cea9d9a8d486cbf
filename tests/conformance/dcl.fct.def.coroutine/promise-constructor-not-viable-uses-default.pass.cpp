// [dcl.fct.def.coroutine]/5: when no promise constructor is viable for the parameter copies, the
// promise is default-initialised (empty promise-constructor-arguments).
#include "coro_test.h"

namespace {

struct task {
  struct promise_type : coro_test::detached_promise<task> {
    promise_type() { coro_test::events.record("default-constructor"); }
    explicit promise_type(int&) { coro_test::events.record("int-constructor"); }
    void return_void() {}
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
