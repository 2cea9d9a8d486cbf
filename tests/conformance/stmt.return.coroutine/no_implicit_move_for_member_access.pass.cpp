// [class.copy.elision]/3: only an id-expression naming the variable is implicitly moved;
// co_return local.member; is an lvalue and picks return_value(const T&), and so does a
// co_return naming an lvalue reference variable.
#include "coro_test.h"

struct copyable {
  int value;
};
struct holder {
  copyable member;
};

struct task {
  struct promise_type : coro_test::detached_promise<task> {
    void return_value(const copyable&) { coro_test::events.record("const&"); }
    void return_value(copyable&&) { coro_test::events.record("&&"); }
  };
};

copyable global{4};

task member_access() {
  holder local{{1}};
  co_return local.member;
}

task lvalue_reference() {
  copyable& reference = global;
  co_return reference;
}

extern "C" int main() {
  member_access();
  lvalue_reference();
  CORO_CHECK_TRACE("const&,const&");
  return coro_test::finish();
}
