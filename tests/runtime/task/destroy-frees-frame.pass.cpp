// Destroying a task frees its frame, whether it never started, is suspended, or has finished;
// so does assigning over it.
#include <runtime_test.h>

namespace {
constinit freeco::executor executor;

size_t in_use() { return freeco::frames.stats(0).in_use; }

freeco::task<int> value(int v) { co_return v; }
freeco::task<> stuck() { co_await std::suspend_always{}; }  // suspends, and nothing resumes it

// A coroutine the test drives itself, so that it can destroy it while it is suspended inside
// a co_await on a task: a freeco promise (it starts with a task_node) that nobody owns, with
// its frame in a buffer of its own.
alignas(8) unsigned char driven_frame[256];

struct driven {
  struct promise_type : freeco::detail::task_node {
    static void* operator new(size_t size) noexcept { return size <= sizeof driven_frame ? driven_frame : nullptr; }
    static void operator delete(void*) noexcept {}
    static driven get_return_object_on_allocation_failure() noexcept { return {}; }
    driven get_return_object() { return {std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  std::coroutine_handle<promise_type> handle;
};

driven awaits_stuck() { co_await stuck(); }

// Created and destroyed in different functions, so that clang cannot put the frame on main's
// stack (heap elision) and reason about it there.
[[gnu::noinline]] driven make_driven() { return awaits_stuck(); }
[[gnu::noinline]] void destroy(driven d) { d.handle.destroy(); }
}  // namespace

extern "C" int main() {
  {
    auto unstarted = value(1);
    RUNTIME_CHECK(in_use() == 1);
  }
  RUNTIME_CHECK(in_use() == 0);

  auto a = value(1);
  auto b = value(2);
  RUNTIME_CHECK(in_use() == 2);
  a = std::move(b);  // a's frame is freed, b's moves over
  RUNTIME_CHECK(in_use() == 1);
  RUNTIME_CHECK(!b);
  a = freeco::task<int>();
  RUNTIME_CHECK(in_use() == 0);

  // Suspended: the driven coroutine awaits stuck(), which suspends for ever. Destroying the
  // driven frame destroys the task it awaits, and both frames go back to the pool.
  driven d = make_driven();
  RUNTIME_CHECK(d.handle);
  d.handle.promise().owner = &executor;  // as spawn() does: the task it awaits runs there too
  executor.wake(d.handle.promise());
  executor.run();  // runs until nothing is ready: both coroutines are suspended
  RUNTIME_CHECK(!d.handle.done());
  RUNTIME_CHECK(in_use() == 1);  // stuck()'s frame (driven's own frame is not from the pools)
  destroy(d);
  RUNTIME_CHECK(in_use() == 0);
  runtime_test::print("frames in use: ", static_cast<long>(in_use()));
  return 0;
}
// CHECK: frames in use: 0
