// [expr.await]/5: each evaluation of a co_await in a loop suspends separately, and the loop's state
// (here a local counter) survives every suspension.
//
// XFAIL: clang-14 && opt=-Oz
// clang 14 crashes in CoroSplit ("While splitting coroutine") on this loop at -Oz, on both
// cores: llvm/llvm-project#54760 (there: a co_yield in a while loop, at -O2 and -O3).
#include "coro_test.h"

namespace {

int progress = 0;

coro_test::lazy_task f() {
  for (int i = 1; i <= 4; ++i) {
    co_await std::suspend_always{};
    progress += i;
  }
}

}  // namespace

extern "C" int main() {
  int resumes = 0;
  {
    coro_test::lazy_task t = f();
    while (!t.handle.done()) {
      t.handle.resume();
      ++resumes;
    }
  }
  CORO_CHECK(resumes == 5);
  CORO_CHECK(progress == 10);
  return coro_test::finish();
}
