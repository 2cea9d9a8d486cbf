// Shared by the tests of which coroutine_traits arguments a coroutine gets: a promise that makes
// the coroutine's return value record which promise type (and so which coroutine_traits
// specialisation) was chosen. A test specialises coroutine_traits with kind_promise<Result, N>
// for distinct N and checks the N its coroutine returns.
#ifndef FREECO_TESTS_TRAITS_RECORDER_H
#define FREECO_TESTS_TRAITS_RECORDER_H

#include "coro_test.h"

namespace coro_test {

// Result is an aggregate whose first member is an int; the coroutine returns Result{Kind}
// (Result{-1} if the frame could not be allocated). Runs to completion at once.
template <class Result, int Kind>
struct kind_promise : arena_allocated {
  Result get_return_object() { return Result{Kind}; }
  static Result get_return_object_on_allocation_failure() noexcept { return Result{-1}; }
  std::suspend_never initial_suspend() noexcept { return {}; }
  std::suspend_never final_suspend() noexcept { return {}; }
  void return_void() {}
  void unhandled_exception() {}
};

}  // namespace coro_test

#endif  // FREECO_TESTS_TRAITS_RECORDER_H
