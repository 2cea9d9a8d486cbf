// [dcl.fct.def.coroutine]/4: the promise type is coroutine_traits<R, P1, ..., Pn>::promise_type, so
// a specialisation for the parameter types (int, char) overrides R::promise_type for that signature.
#include "traits_recorder.h"

namespace {

struct result {
  int chosen;
  template <int Id>
  using promise = coro_test::kind_promise<result, Id>;
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
