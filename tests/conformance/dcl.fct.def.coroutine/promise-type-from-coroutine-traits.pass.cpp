// [dcl.fct.def.coroutine]/4: the promise type is coroutine_traits<R, P1, ..., Pn>::promise_type, so
// a specialisation for the parameter types (int, char) overrides R::promise_type for that signature.
#include "coro_test.h"

namespace {

struct result {
  int chosen;
  template <int Id>
  struct promise : coro_test::arena_allocated {
    result get_return_object() { return result{Id}; }
    static result get_return_object_on_allocation_failure() noexcept { return result{-1}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  using promise_type = promise<1>;
};

}  // namespace

template <>
struct std::coroutine_traits<result, int, char> {
  using promise_type = result::promise<2>;
};

namespace {
result by_default(int) { co_return; }
result by_specialisation(int, char) { co_return; }
}  // namespace

extern "C" int main() {
  CORO_CHECK(by_default(1).chosen == 1);
  CORO_CHECK(by_specialisation(1, 'c').chosen == 2);
  return coro_test::finish();
}
