// [dcl.fct.def.coroutine]/4: for a non-static member coroutine, P1 of coroutine_traits is the type of
// the implicit object parameter: widget& for a member without ref-qualifier, const widget& if const.
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
  using promise_type = promise<0>;  // chosen if the object parameter were left out
};

struct widget {
  result plain(int);
  result constant(int) const;
};

}  // namespace

template <>
struct std::coroutine_traits<result, widget&, int> {
  using promise_type = result::promise<1>;
};
template <>
struct std::coroutine_traits<result, const widget&, int> {
  using promise_type = result::promise<2>;
};

namespace {
result widget::plain(int) { co_return; }
result widget::constant(int) const { co_return; }
}  // namespace

extern "C" int main() {
  widget w;
  CORO_CHECK(w.plain(1).chosen == 1);
  CORO_CHECK(w.constant(1).chosen == 2);
  return coro_test::finish();
}
