// [dcl.fct.def.coroutine]/4: a static member coroutine has no implicit object parameter:
// coroutine_traits sees only the declared parameter types.
#include "object_parameter_traits.h"

namespace std {
template <>
struct coroutine_traits<result, int> {
  using promise_type = promise<4>;
};
}  // namespace std

struct widget {
  static result run(int) { co_return; }
};

int promise_kind() { return widget::run(1).promise_kind; }

extern "C" int main() {
  CORO_CHECK(promise_kind() == 4);
  return coro_test::finish();
}
