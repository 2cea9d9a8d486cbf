// [dcl.fct.def.coroutine]/4: only a non-static member function has the implicit object parameter as
// P1; a static member coroutine's coroutine_traits arguments are just its parameter types.
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
  using promise_type = promise<0>;
};

struct widget {
  static result run(int);
};

}  // namespace

template <>
struct std::coroutine_traits<result, int> {
  using promise_type = result::promise<1>;
};
template <>
struct std::coroutine_traits<result, widget&, int> {
  using promise_type = result::promise<2>;
};

namespace {
result widget::run(int) { co_return; }
}  // namespace

extern "C" int main() {
  CORO_CHECK(widget::run(1).chosen == 1);
  return coro_test::finish();
}
