// [dcl.fct.def.coroutine]/4-5: for a coroutine lambda, q1 is an lvalue denoting *this, the closure
// object, so a viable promise constructor (closure, parameters...) receives it.
//
// XFAIL: clang
// clang leaves the closure object out of the promise constructor's arguments for lambdas and
// default-constructs the promise (llvm/llvm-project#84519 fixes it; not in clang 19).
#include "coro_test.h"

namespace {

const void* seen_closure = nullptr;
int seen_n = 0;

struct task {
  struct promise_type : coro_test::detached_promise<task> {
    promise_type() { coro_test::events.record("default-constructor"); }
    template <class Closure>
    promise_type(const Closure& closure, int n) {
      coro_test::events.record("closure-constructor");
      seen_closure = &closure;
      seen_n = n;
    }
    void return_void() {}
  };
};


// Not in main: GCC 12 cannot define a coroutine lambda inside an extern "C" function (see
// lambda-coroutine-in-extern-c-function.pass.cpp).
void run() {
  auto lambda = [](int) -> task { co_return; };
  lambda(8);
  CORO_CHECK_TRACE("closure-constructor");
  CORO_CHECK(seen_closure == &lambda);
  CORO_CHECK(seen_n == 8);
}

}  // namespace

extern "C" int main() {
  run();
  return coro_test::finish();
}
