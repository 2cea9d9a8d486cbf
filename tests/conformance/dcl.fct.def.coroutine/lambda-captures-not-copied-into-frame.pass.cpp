// [dcl.fct.def.coroutine]/4,/13 with [expr.prim.lambda.closure]: a coroutine lambda's captures are
// members of the closure, reached through the implicit object parameter; only parameters are
// copied into the frame. Two coroutines from one closure therefore share its captured counter, so
// the closure must outlive them.
#include "coro_test.h"

namespace {

// Not in main: GCC 12 cannot define a coroutine lambda inside an extern "C" function (see
// lambda-coroutine-in-extern-c-function.pass.cpp).
void run() {
  int observed[2] = {0, 0};
  auto counter = [count = 0](int* out) mutable -> coro_test::lazy_task {
    *out = ++count;
    co_return;
  };
  {
    coro_test::lazy_task first = counter(&observed[0]);
    coro_test::lazy_task second = counter(&observed[1]);
    first.handle.resume();
    second.handle.resume();  // sees the increment made by the first: the capture is shared
  }
  CORO_CHECK(observed[0] == 1);
  CORO_CHECK(observed[1] == 2);
}

}  // namespace

extern "C" int main() {
  run();
  return coro_test::finish();
}
