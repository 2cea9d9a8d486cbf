// [dcl.fct.def.coroutine]/13: the parameter copy is direct-initialised from an xvalue; for a type
// whose only constructor is a copy constructor (no implicit move), that copy constructor is used.
#include "coro_test.h"

namespace {

int copies = 0;

struct copy_only {
  int value;
  explicit copy_only(int v) : value(v) {}
  copy_only(const copy_only& other) : value(other.value) { ++copies; }  // suppresses the move
  ~copy_only() { value = -2; }
};

int seen = 0;

coro_test::lazy_task f(copy_only c) {
  seen = c.value;
  co_return;
}

}  // namespace

extern "C" int main() {
  {
    coro_test::lazy_task task = f(copy_only{9});
    CORO_CHECK(copies == 1);
    task.handle.resume();
    CORO_CHECK(seen == 9);
  }
  return coro_test::finish();
}
