// [dcl.fct.def.coroutine]/13: the lifetime of a parameter copy ends immediately after that of the
// promise: not when the call returns, but when the coroutine state is destroyed, after the promise.
#include "coro_test.h"

namespace {

struct tracked {
  bool owner = true;
  tracked() = default;
  tracked(tracked&& other) { other.owner = false; }
  ~tracked() {
    if (owner) coro_test::events.record("~parameter");
  }
};

coro_test::traced_task<coro_test::lazy> f(tracked) {
  coro_test::events.record("body");
  co_return;
}

}  // namespace

extern "C" int main() {
  coro_test::traced_task<coro_test::lazy> t = f(tracked{});
  coro_test::events.record("returned");
  t.handle.resume();
  coro_test::events.record("final-suspend");
  t.handle.destroy();
  t.handle = nullptr;  // already destroyed: not again by the task
  CORO_CHECK_TRACE("returned,body,final-suspend,~promise,~parameter");
  return coro_test::finish();
}
