// [dcl.fct.def.coroutine]/1,/4: a member function template can be a coroutine; it reaches its object
// through this (not copied) and its by-value parameters through the frame.
#include "coro_test.h"

namespace {

struct accumulator {
  long total = 0;
  template <class T>
  coro_test::lazy_task add(T amount) {
    co_await std::suspend_always{};
    total += amount;
  }
};

}  // namespace

extern "C" int main() {
  accumulator acc;
  {
    coro_test::lazy_task a = acc.add(5);
    coro_test::lazy_task b = acc.add(static_cast<short>(7));
    a.handle.resume();
    b.handle.resume();
    CORO_CHECK(acc.total == 0);
    a.handle.resume();
    b.handle.resume();
  }
  CORO_CHECK(acc.total == 12);
  return coro_test::finish();
}
