// [dcl.fct.def.coroutine]/5: for a member coroutine the promise constructor's arguments start with
// q1, an lvalue denoting *this, followed by the parameter copies.
#include "coro_test.h"

namespace {

struct widget;
const widget* seen_object = nullptr;
int seen_argument = 0;

struct task {
  struct promise_type : coro_test::detached_promise<task> {
    promise_type() { coro_test::events.record("default-constructor"); }
    promise_type(widget& object, int n) {
      coro_test::events.record("object-constructor");
      seen_object = &object;
      seen_argument = n;
    }
    void return_void() {}
  };
};

struct widget {
  int id = 7;
  task run(int n) {
    coro_test::events.record(n == 3 && id == 7 ? "body" : "wrong-body");
    co_return;
  }
};

}  // namespace

extern "C" int main() {
  widget w;
  w.run(3);
  CORO_CHECK_TRACE("object-constructor,body");
  CORO_CHECK(seen_object == &w);
  CORO_CHECK(seen_argument == 3);
  return coro_test::finish();
}
