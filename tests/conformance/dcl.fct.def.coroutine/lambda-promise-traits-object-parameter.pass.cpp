// [dcl.fct.def.coroutine]/4 with [expr.prim.lambda.closure]/5: a lambda's operator() is a non-static
// const member function, so coroutine_traits gets `const closure&` before the parameter types.
#include "coro_test.h"

namespace {

template <class T>
constexpr char type_tag = 0;

const void* seen_first_argument = nullptr;

struct result {
  struct promise_type : coro_test::arena_allocated {  // used if the object parameter were omitted
    promise_type() { coro_test::events.record("no-object-parameter"); }
    result get_return_object() { return {}; }
    static result get_return_object_on_allocation_failure() noexcept { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

}  // namespace

template <class Self>
struct std::coroutine_traits<result, Self, int> {
  struct promise_type : result::promise_type {
    promise_type() { seen_first_argument = &type_tag<Self>; }
  };
};

namespace {

// Not in main: GCC 12 cannot define a coroutine lambda inside an extern "C" function (see
// lambda-coroutine-in-extern-c-function.pass.cpp).
void run() {
  auto lambda = [](int) -> result { co_return; };
  lambda(1);
  CORO_CHECK(seen_first_argument == &type_tag<const decltype(lambda)&>);
  CORO_CHECK_TRACE("no-object-parameter");  // the base class's constructor, once
}

}  // namespace

extern "C" int main() {
  run();
  return coro_test::finish();
}
