// [dcl.fct.def.coroutine]/13: a by-value parameter is copied into the coroutine by direct-
// initialisation from an xvalue: exactly one move, no copy, and the copy outlives the original.
#include "copy_counter.h"

namespace {

using namespace coro_test::copy_counting;

int seen = 0;

coro_test::lazy_task f(tracked t) {
  seen = t.value;
  co_return;
}

}  // namespace

extern "C" int main() {
  {
    coro_test::lazy_task task = f(tracked{5});  // the parameter is initialised from the prvalue
    CORO_CHECK(copies == 0);
    CORO_CHECK(moves == 1);
    task.handle.resume();  // the original parameter is gone by now; the copy is not
    CORO_CHECK(seen == 5);
  }
  CORO_CHECK(copies == 0);
  CORO_CHECK(moves == 1);
  return coro_test::finish();
}
