// [dcl.fct.def.coroutine]/4 with [over.match.funcs]/4: the implicit object parameter of a member
// coroutine declared && is widget&&, and that is P1 of coroutine_traits; for & it is widget&.
//
// XFAIL: gcc-12
// GCC 12 passes widget& instead of widget&& as P1 for the &&-qualified member (it ignores the
// ref-qualifier when forming the coroutine_traits arguments), so the && overload gets promise<1>.
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
  result run() &;
  result run() &&;
};

}  // namespace

template <>
struct std::coroutine_traits<result, widget&> {
  using promise_type = result::promise<1>;
};
template <>
struct std::coroutine_traits<result, widget&&> {
  using promise_type = result::promise<2>;
};

namespace {
result widget::run() & { co_return; }
result widget::run() && { co_return; }
}  // namespace

extern "C" int main() {
  widget w;
  CORO_CHECK(w.run().chosen == 1);
  CORO_CHECK(widget{}.run().chosen == 2);
  return coro_test::finish();
}
