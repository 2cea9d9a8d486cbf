// [dcl.fct.def.coroutine]/4, [over.match.funcs]/4: a member coroutine with the & ref-qualifier
// has implicit object parameter S&, coroutine_traits' first argument type.
#include "coro_test.h"

struct result {
  int promise_kind;
};

template <int Kind>
struct promise : coro_test::arena_allocated {
  result get_return_object() { return {Kind}; }
  static result get_return_object_on_allocation_failure() noexcept { return {-1}; }
  std::suspend_never initial_suspend() noexcept { return {}; }
  std::suspend_never final_suspend() noexcept { return {}; }
  void return_void() {}
  void unhandled_exception() {}
};

struct widget;

namespace std {
// Every other argument list gets a promise that reports 0.
template <class... Args>
struct coroutine_traits<result, Args...> {
  using promise_type = promise<0>;
};
template <>
struct coroutine_traits<result, widget&, int> {
  using promise_type = promise<1>;
};
template <>
struct coroutine_traits<result, const widget&, int> {
  using promise_type = promise<2>;
};
template <>
struct coroutine_traits<result, widget&&, int> {
  using promise_type = promise<3>;
};
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
