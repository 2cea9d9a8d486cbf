// [dcl.fct.def.coroutine]/7: the result of get_return_object initialises the call's result object,
// converting it to the return type exactly once. (When the conversion happens is CWG2563: not
// checked.)
#include "coro_test.h"

namespace {

int conversions = 0;
int get_return_object_calls = 0;

struct task;
struct proto {
  int value;
};

struct task {
  struct promise_type : coro_test::arena_allocated {
    proto get_return_object() {
      ++get_return_object_calls;
      return proto{42};
    }
    static task get_return_object_on_allocation_failure() noexcept { return task{proto{-1}}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  task(proto p) : value(p.value) { ++conversions; }  // the implicit conversion under test
  task(const task&) = delete;
  int value;
};

std::coroutine_handle<> started;

struct remember_handle {
  bool await_ready() noexcept { return false; }
  void await_suspend(std::coroutine_handle<> h) noexcept { started = h; }
  void await_resume() noexcept {}
};

task f() {
  co_await remember_handle{};
}

}  // namespace

extern "C" int main() {
  task t = f();
  CORO_CHECK(t.value == 42);
  CORO_CHECK(get_return_object_calls == 1);
  CORO_CHECK(conversions == 1);
  started.resume();  // runs f to its end; its frame is freed there
  CORO_CHECK(get_return_object_calls == 1);
  CORO_CHECK(conversions == 1);
  return coro_test::finish();
}
