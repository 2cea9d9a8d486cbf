// Shared by the coroutine.traits/*_member_object_parameter tests: a return type `result` whose
// promise_kind tells which coroutine_traits<result, ...> specialisation a member coroutine
// `widget::run(int)` of the test's own `widget` got. The first argument each kind stands for:
//   0 anything not listed below    1 widget&    2 const widget&    3 widget&&
// Each test adds the specialisation for kind 4 itself.
#ifndef FREECO_TESTS_OBJECT_PARAMETER_TRAITS_H
#define FREECO_TESTS_OBJECT_PARAMETER_TRAITS_H

#include "traits_recorder.h"

struct result {
  int promise_kind;
};

template <int Kind>
using promise = coro_test::kind_promise<result, Kind>;

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
}  // namespace std

#endif  // FREECO_TESTS_OBJECT_PARAMETER_TRAITS_H
