// Shared by tests that trace when the promise is destroyed: a promise base that records
// "~promise" in coro_test::events when the promise is destroyed (promise_traced) and makes
// get_return_object return Task{handle}. Task is an aggregate holding
// std::coroutine_handle<Promise>. The test's Promise derives from traced_promise<Task, Promise>
// and declares initial_suspend, final_suspend and return_void itself, since those are what such
// tests check; where they are not, coro_test::traced_task is the whole coroutine.
#ifndef FREECO_TESTS_TRACED_PROMISE_H
#define FREECO_TESTS_TRACED_PROMISE_H

#include "coro_test.h"

namespace coro_test {

template <class Task, class Promise>
struct traced_promise : promise_traced {
  Task get_return_object() {
    return {std::coroutine_handle<Promise>::from_promise(static_cast<Promise&>(*this))};
  }
  static Task get_return_object_on_allocation_failure() noexcept { return {nullptr}; }
  void unhandled_exception() {}
};

}  // namespace coro_test

#endif  // FREECO_TESTS_TRACED_PROMISE_H
