// [expr.await]/5.3: the result of await_resume is the result of the await-expression, of the same
// type and value category (here a prvalue int).
#include "coro_test.h"

namespace {

template <class A, class B>
constexpr bool same = false;
template <class A>
constexpr bool same<A, A> = true;

struct answer {
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  int await_resume() { return 42; }
};

coro_test::lazy_task f(int* out) {
  decltype(auto) value = co_await answer{};
  static_assert(same<decltype(value), int>);
  *out = value;
}

}  // namespace

extern "C" int main() {
  int result = 0;
  {
    coro_test::lazy_task t = f(&result);
    t.handle.resume();
    t.handle.resume();
  }
  CORO_CHECK(result == 42);
  return coro_test::finish();
}
