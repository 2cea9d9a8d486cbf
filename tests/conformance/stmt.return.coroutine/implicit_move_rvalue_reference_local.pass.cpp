// [class.copy.elision]/3 (P1825, C++20): an rvalue reference variable is implicitly movable
// too: co_return r; with T&& r treats r as an rvalue and picks return_value(T&&).
#include "coro_test.h"

struct copyable {
  int value;
};

struct task {
  struct promise_type : coro_test::detached_promise<task> {
    void return_value(const copyable&) { coro_test::events.record("const&"); }
    void return_value(copyable&&) { coro_test::events.record("&&"); }
  };
};

copyable make() { return {3}; }

task body() {
  copyable&& reference = make();
  co_return reference;
}

extern "C" int main() {
  body();
  CORO_CHECK_TRACE("&&");
  return coro_test::finish();
}
