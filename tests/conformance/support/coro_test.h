// Shared pieces of the conformance tests: a trace of events, checks that report what failed,
// and the task most tests need. Everything a test checks about the compiler's behaviour stays
// in the test itself; this header only spares each test the boilerplate.
#ifndef FREECO_TESTS_CORO_TEST_H
#define FREECO_TESTS_CORO_TEST_H

#include <coroutine>
#include <freeco/console.hpp>
#include <type_traits>

namespace coro_test {

// A trace of events as a string "a,b,c", compared at the end of a test.
struct trace {
  char text[256] = {};
  unsigned length = 0;

  void record(const char* event) {
    if (length != 0 && length < sizeof text - 1) text[length++] = ',';
    while (*event != '\0' && length < sizeof text - 1) text[length++] = *event++;
    text[length] = '\0';
  }
  bool equals(const char* expected) const {
    unsigned i = 0;
    for (; expected[i] != '\0'; ++i) {
      if (i >= length || text[i] != expected[i]) return false;
    }
    return i == length;
  }
};

inline trace events;
inline int failures = 0;

// Records a failed expectation with its description and line; the test's main returns
// finish(), non-zero when any check failed.
inline void check(bool ok, const char* what, int line) {
  if (ok) return;
  ++failures;
  freeco::console::write("FAIL line ");
  freeco::console::write_dec(line);
  freeco::console::write(": ");
  freeco::console::write(what);
  freeco::console::write("\n");
}
#define CORO_CHECK(condition) ::coro_test::check((condition), #condition, __LINE__)
#define CORO_CHECK_TRACE(expected)                                                    \
  do {                                                                                \
    if (!::coro_test::events.equals(expected)) {                                      \
      freeco::console::write("trace: ");                                              \
      freeco::console::write(::coro_test::events.text);                               \
      freeco::console::write("\n");                                                   \
    }                                                                                 \
    ::coro_test::check(::coro_test::events.equals(expected), "trace == " expected, __LINE__); \
  } while (0)

// Firmware has no global operator new: promises derive from this to take their frames from a
// static arena. A bump allocator that starts over whenever no frame is live; live_frames lets
// a test check that every frame was freed.
alignas(8) inline unsigned char arena[4096];
inline unsigned arena_used = 0;
inline int live_frames = 0;

struct arena_allocated {
  static void* operator new(decltype(sizeof 0) size) noexcept {
    size = (size + 7) & ~decltype(size){7};
    if (size > sizeof arena - arena_used) {
      freeco::console::write("FAIL: conformance test arena exhausted\n");
      return nullptr;
    }
    void* frame = arena + arena_used;
    arena_used += size;
    ++live_frames;
    return frame;
  }
  static void operator delete(void*, decltype(sizeof 0)) noexcept {
    if (--live_frames == 0) arena_used = 0;
  }
};

inline int finish() {
  check(live_frames == 0, "every coroutine frame was freed", __LINE__);
  return failures == 0 ? 0 : 1;
}

// A promise base that records "~promise" in events when the promise is destroyed, for the tests
// of when that happens relative to the locals, the parameter copies and the caller.
struct promise_traced : arena_allocated {
  ~promise_traced() { events.record("~promise"); }
};

enum start { lazy, eager };

// How a task's promise takes co_return's operand: none for void, else kept in value.
template <class Result>
struct returns {
  Result value{};
  void return_value(Result v) { value = v; }
};
template <>
struct returns<void> {
  void return_void() {}
};

// The task the tests share where the promise is not what they test. It owns its frame (the
// task's destructor destroys it) and stays suspended at its final suspend point, so a test can
// still look at a finished coroutine.
//   Start   lazy: suspended before its body, the test resume()s it; eager: runs at once, as part
//           of the call, to its first suspension
//   Result  void (co_return;) or the type of co_return's operand, kept in promise().value
//   Traced  the promise records "~promise" when destroyed (promise_traced); traced_task sets it
template <start Start, class Result = void, bool Traced = false>
struct task {
  struct promise_type : std::conditional_t<Traced, promise_traced, arena_allocated>, returns<Result> {
    task get_return_object() { return task{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    static task get_return_object_on_allocation_failure() noexcept { return task{nullptr}; }
    std::conditional_t<Start == eager, std::suspend_never, std::suspend_always> initial_suspend() noexcept {
      return {};
    }
    std::suspend_always final_suspend() noexcept { return {}; }
    void unhandled_exception() {}
  };
  explicit task(std::coroutine_handle<promise_type> h) : handle(h) {}
  task(task&& other) : handle(other.handle) { other.handle = nullptr; }
  ~task() {
    if (handle) handle.destroy();
  }
  std::coroutine_handle<promise_type> handle;
};

using lazy_task = task<lazy>;
using eager_task = task<eager>;
template <start Start, class Result = void>
using traced_task = task<Start, Result, true>;

// The promise base of a coroutine whose return object is an empty Task (nothing holds the
// frame): it runs at once and frees its frame when it runs off its end. The test's promise
// derives from it and declares return_void or return_value, and whatever member it tests.
template <class Task>
struct detached_promise : arena_allocated {
  Task get_return_object() { return {}; }
  static Task get_return_object_on_allocation_failure() noexcept { return {}; }
  std::suspend_never initial_suspend() noexcept { return {}; }
  std::suspend_never final_suspend() noexcept { return {}; }
  void unhandled_exception() {}
};

}  // namespace coro_test

#endif  // FREECO_TESTS_CORO_TEST_H
