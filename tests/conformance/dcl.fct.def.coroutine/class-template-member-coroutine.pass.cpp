// [dcl.fct.def.coroutine]/4: a member coroutine of a class template; coroutine_traits receives the
// specialisation's implicit object parameter type (box<int>&) as its first argument.
#include "coro_test.h"

namespace {

template <class T>
struct box {
  T value;
  coro_test::lazy_task increment_later(T by) {
    co_await std::suspend_always{};
    value += by;
  }
};

struct marker {};
template <class T>
struct box_marked {
  coro_test::lazy_task run() { co_return; }
};

}  // namespace

// The traits specialisation for box_marked<marker>& records that the object parameter was seen.
template <>
struct std::coroutine_traits<coro_test::lazy_task, box_marked<marker>&> {
  struct promise_type : coro_test::lazy_task::promise_type {
    promise_type() { coro_test::events.record("box_marked<marker>&"); }
  };
};

extern "C" int main() {
  box<int> b{1};
  box_marked<marker> m;
  {
    coro_test::lazy_task t = b.increment_later(4);
    t.handle.resume();
    CORO_CHECK(b.value == 1);
    t.handle.resume();
    CORO_CHECK(b.value == 5);
  }
  m.run();
  CORO_CHECK_TRACE("box_marked<marker>&");
  return coro_test::finish();
}
