// [expr.await]/3.5 with [dcl.fct.def.coroutine]/11: destroying a coroutine suspended in a co_await
// destroys the awaiter temporary of that full-expression, then the locals declared before it.
#include "coro_test.h"

namespace {

struct noisy {
  const char* name;
  ~noisy() { coro_test::events.record(name); }
};

struct awaiter {
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() { coro_test::events.record("await_resume"); }
  ~awaiter() { coro_test::events.record("~awaiter"); }
};

coro_test::lazy_task f() {
  noisy local{"~local"};
  co_await awaiter{};
  coro_test::events.record("not-reached");
}

}  // namespace

extern "C" int main() {
  {
    coro_test::lazy_task t = f();
    t.handle.resume();
    coro_test::events.record("destroy");
  }  // lazy_task's destructor destroys the suspended coroutine
  CORO_CHECK_TRACE("destroy,~awaiter,~local");
  return coro_test::finish();
}
