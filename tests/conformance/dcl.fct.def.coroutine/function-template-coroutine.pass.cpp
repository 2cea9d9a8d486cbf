// [dcl.fct.def.coroutine]/1,/4: a function template whose body has a co_await is a coroutine in each
// specialisation, and each specialisation's promise type comes from its own signature.
#include "coro_test.h"

namespace {

template <class T>
coro_test::lazy_task accumulate(T first, T second, T* out) {
  *out = first;
  co_await std::suspend_always{};
  *out = *out + second;
}

}  // namespace

extern "C" int main() {
  int i = 0;
  long l = 0;
  {
    coro_test::lazy_task a = accumulate(1, 2, &i);
    coro_test::lazy_task b = accumulate(10L, 20L, &l);
    a.handle.resume();
    b.handle.resume();
    CORO_CHECK(i == 1 && l == 10);
    a.handle.resume();
    b.handle.resume();
  }
  CORO_CHECK(i == 3);
  CORO_CHECK(l == 30);
  return coro_test::finish();
}
