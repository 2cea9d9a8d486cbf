// [expr.await]/5.3: an await_resume returning int& makes the await-expression an lvalue of type int
// referring to the same object: assigning through it changes that object.
#include "coro_test.h"

namespace {

template <class A, class B>
constexpr bool same = false;
template <class A>
constexpr bool same<A, A> = true;

int storage = 1;

struct reference_awaiter {
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  int& await_resume() { return storage; }
};

const int* seen = nullptr;

coro_test::lazy_task f() {
  decltype(auto) ref = co_await reference_awaiter{};
  static_assert(same<decltype(ref), int&>);
  seen = &ref;
  (co_await reference_awaiter{}) = 9;
}

}  // namespace

extern "C" int main() {
  {
    coro_test::lazy_task t = f();
    t.handle.resume();
    t.handle.resume();
    t.handle.resume();
    CORO_CHECK(t.handle.done());
  }
  CORO_CHECK(seen == &storage);
  CORO_CHECK(storage == 9);
  return coro_test::finish();
}
