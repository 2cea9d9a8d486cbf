// [dcl.fct.def.coroutine]/4-5: the promise constructor's arguments q_i are lvalues denoting the
// parameter copies, so a reference it receives is the very object the body names as the parameter.
#include "coro_test.h"

namespace {

int* seen = nullptr;

struct task {
  struct promise_type : coro_test::detached_promise<task> {
    explicit promise_type(int& n) {
      seen = &n;
      n *= 10;  // the body must observe this
    }
    void return_void() {}
  };
};

task f(int n) {
  CORO_CHECK(&n == seen);
  CORO_CHECK(n == 70);
  coro_test::events.record("body");
  co_return;
}

}  // namespace

extern "C" int main() {
  int argument = 7;
  f(argument);
  CORO_CHECK_TRACE("body");
  CORO_CHECK(argument == 7);
  return coro_test::finish();
}
