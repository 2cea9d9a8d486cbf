// [dcl.fct.def.coroutine]/4, [over.match.funcs]/4: a member coroutine with the & ref-qualifier
// has implicit object parameter S&, coroutine_traits' first argument type.
#include "object_parameter_traits.h"

namespace std {
template <>
struct coroutine_traits<result, widget, int> {
  using promise_type = promise<4>;
};
}  // namespace std

struct widget {
  result run(int) & { co_return; }
};

int promise_kind() { widget w; return w.run(1).promise_kind; }

extern "C" int main() {
  CORO_CHECK(promise_kind() == 1);
  return coro_test::finish();
}
