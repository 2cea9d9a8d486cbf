// [dcl.fct.def.coroutine]/13: a coroutine lambda's by-value parameters are moved into the frame like
// any coroutine's, and outlive the call; its reference parameters are not copied.
#include "copy_counter.h"

namespace {

using namespace coro_test::copy_counting;

// Not in main: GCC 12 cannot define a coroutine lambda inside an extern "C" function (see
// lambda-coroutine-in-extern-c-function.pass.cpp).
void run() {
  int total = 0;
  auto add = [](tracked t, int& sum) -> coro_test::lazy_task {
    sum += t.value;
    co_return;
  };
  {
    coro_test::lazy_task task = add(tracked{6}, total);
    CORO_CHECK(moves == 1);
    task.handle.resume();
  }
  CORO_CHECK(total == 6);
  CORO_CHECK(copies == 0);
  CORO_CHECK(moves == 1);
}

}  // namespace

extern "C" int main() {
  run();
  return coro_test::finish();
}
