// [dcl.fct.def.coroutine]/5: for a member coroutine the promise constructor's arguments start with
// q1, an lvalue denoting *this, followed by the parameter copies.
#include "coro_test.h"

namespace {

struct widget;
const widget* seen_object = nullptr;
int seen_argument = 0;

struct task {
  struct promise_type : coro_test::arena_allocated {
    promise_type() { coro_test::events.record("default-constructor"); }
    promise_type(widget& object, int n) {
      coro_test::events.record("object-constructor");
      seen_object = &object;
      seen_argument = n;
    }
    task get_return_object() { return {}; }
    static task get_return_object_on_allocation_failure() noexcept { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
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
