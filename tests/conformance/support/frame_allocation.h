// Shared by the tests of which operator new / operator delete a coroutine's promise supplies
// (everything of such a promise except the allocation functions under test), and by the tests
// of when the frame is freed (delete_traced).
#ifndef FREECO_TESTS_FRAME_ALLOCATION_H
#define FREECO_TESTS_FRAME_ALLOCATION_H

#include "coro_test.h"

namespace coro_test {

// The rest of an eager promise: runs at once, stays suspended at its final suspend point, and is
// owned through Task{handle} (Task an aggregate holding std::coroutine_handle<Promise>). Declares
// no allocation functions: the test's Promise derives from it and declares those it tests.
template <class Task, class Promise>
struct promise_without_allocation {
  Task get_return_object() {
    return Task{std::coroutine_handle<Promise>::from_promise(static_cast<Promise&>(*this))};
  }
  std::suspend_never initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void return_void() {}
  void unhandled_exception() {}
};

// Where the last frame was allocated by logged_new_promise, and its size.
inline void* allocated_at = nullptr;
inline decltype(sizeof 0) allocated_size = 0;

// For the tests of operator delete: an operator new that takes the frame from the arena and logs
// it in allocated_at and allocated_size. The test's Promise declares operator delete itself.
template <class Task, class Promise>
struct logged_new_promise : promise_without_allocation<Task, Promise> {
  static void* operator new(decltype(sizeof 0) size) {
    allocated_size = size;
    allocated_at = arena_allocated::operator new(size);
    return allocated_at;
  }
};

// For the tests of when the coroutine state is released: takes frames from the arena and
// records "delete" in coro_test::events when operator delete frees one.
struct delete_traced {
  static void* operator new(decltype(sizeof 0) size) { return arena_allocated::operator new(size); }
  static void operator delete(void* frame, decltype(sizeof 0) size) {
    events.record("delete");
    arena_allocated::operator delete(frame, size);
  }
};

}  // namespace coro_test

#endif  // FREECO_TESTS_FRAME_ALLOCATION_H
