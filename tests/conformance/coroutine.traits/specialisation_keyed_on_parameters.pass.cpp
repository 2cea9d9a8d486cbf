// [dcl.fct.def.coroutine]/4, [coroutine.traits.primary]/2: the promise type is
// coroutine_traits<R, P1, ..., Pn>::promise_type with the exact parameter types, so a
// specialisation on the parameter types chooses the promise per signature.
#include "traits_recorder.h"

struct result {
  int promise_kind;
};

template <int Kind>
using promise = coro_test::kind_promise<result, Kind>;

namespace std {
template <class... Args>
struct coroutine_traits<result, Args...> {
  using promise_type = promise<0>;
};
template <>
struct coroutine_traits<result, int> {
  using promise_type = promise<1>;
};
template <>
struct coroutine_traits<result, int&> {
  using promise_type = promise<2>;
};
template <>
struct coroutine_traits<result, const char*, int> {
  using promise_type = promise<3>;
};
}  // namespace std

result by_value(int) { co_return; }
result by_reference(int&) { co_return; }
result two_parameters(const char*, int) { co_return; }
result no_parameters() { co_return; }
result other_parameter(long) { co_return; }

extern "C" int main() {
  int value = 0;
  CORO_CHECK(by_value(1).promise_kind == 1);
  CORO_CHECK(by_reference(value).promise_kind == 2);
  CORO_CHECK(two_parameters("x", 1).promise_kind == 3);
  CORO_CHECK(no_parameters().promise_kind == 0);
  CORO_CHECK(other_parameter(1).promise_kind == 0);
  return coro_test::finish();
}
