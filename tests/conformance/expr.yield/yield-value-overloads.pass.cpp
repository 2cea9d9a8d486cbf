// [expr.yield]/2: p.yield_value(e) is an ordinary call, so overload resolution on e's type picks
// among several yield_value overloads.
#include "coro_test.h"

namespace {

struct task {
  struct promise_type : coro_test::detached_promise<task> {
    std::suspend_never yield_value(int) {
      coro_test::events.record("int");
      return {};
    }
    std::suspend_never yield_value(const char*) {
      coro_test::events.record("text");
      return {};
    }
    std::suspend_never yield_value(double) {
      coro_test::events.record("double");
      return {};
    }
    void return_void() {}
  };
};

task f() {
  co_yield 1;
  co_yield "two";
  co_yield 3.0;
  co_yield 'c';  // promoted: int
}

}  // namespace

extern "C" int main() {
  f();
  CORO_CHECK_TRACE("int,text,double,int");
  return coro_test::finish();
}
