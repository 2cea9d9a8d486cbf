// [coroutine.traits.primary]/2, [dcl.fct.def.coroutine]/4: a program may specialise
// coroutine_traits for a return type without promise_type, and the coroutine uses that promise.
#include "coro_test.h"

struct plain_result {
  int from_promise;
};

struct plain_promise : coro_test::arena_allocated {
  plain_promise() { coro_test::events.record("promise"); }
  plain_result get_return_object() { return {42}; }
  static plain_result get_return_object_on_allocation_failure() noexcept { return {-1}; }
  std::suspend_never initial_suspend() noexcept { return {}; }
  std::suspend_never final_suspend() noexcept { return {}; }
  void return_void() { coro_test::events.record("return_void"); }
  void unhandled_exception() {}
};

namespace std {
template <class... Args>
struct coroutine_traits<plain_result, Args...> {
  using promise_type = plain_promise;
};
}  // namespace std

plain_result run() {
  coro_test::events.record("body");
  co_return;
}

extern "C" int main() {
  plain_result result = run();
  CORO_CHECK(result.from_promise == 42);
  CORO_CHECK_TRACE("promise,body,return_void");
  return coro_test::finish();
}
