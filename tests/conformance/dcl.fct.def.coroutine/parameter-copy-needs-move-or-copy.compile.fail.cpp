// [dcl.fct.def.coroutine]/13: each by-value parameter is copied by direct-initialisation from an
// xvalue, so a coroutine with a by-value parameter of a type that can be neither moved nor copied is
// ill-formed, although an ordinary function could take it from a prvalue.
#include "coro_test.h"

struct pinned {
  int value;
  explicit pinned(int v) : value(v) {}
  pinned(const pinned&) = delete;
  pinned(pinned&&) = delete;
};

int ordinary(pinned p) { return p.value; }  // fine: no copy needed
int use_ordinary() { return ordinary(pinned{1}); }

coro_test::lazy_task f(pinned p) {
  coro_test::events.record(p.value == 1 ? "one" : "other");
  co_return;
}

// CHECK-GCC: error: use of deleted function 'pinned::pinned(pinned&&)'
// CHECK-CLANG: error: call to deleted constructor of 'pinned'
