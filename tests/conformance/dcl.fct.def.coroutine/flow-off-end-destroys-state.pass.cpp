// [dcl.fct.def.coroutine]/5,/11: when control flows off the end of a coroutine whose final
// suspend does not suspend, the locals die at the end of the body, then after final_suspend the
// promise, then the parameter copies, and the storage is released, all before resume() returns.
#include "frame_allocation.h"

namespace {

struct noisy {
  const char* name;
  bool owner = true;
  explicit noisy(const char* n) : name(n) {}
  noisy(noisy&& other) : name(other.name) { other.owner = false; }
  ~noisy() {
    if (owner) coro_test::events.record(name);
  }
};

struct final_awaiter {
  bool await_ready() noexcept {
    coro_test::events.record("final-suspend");
    return true;
  }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  void await_resume() noexcept {}
};

struct task {
  struct promise_type : coro_test::delete_traced {
    ~promise_type() { coro_test::events.record("~promise"); }
    task get_return_object() { return task{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    final_awaiter final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  std::coroutine_handle<promise_type> handle;
};

// noinline: were the call inlined, clang could elide the frame allocation (which
// [dcl.fct.def.coroutine]/9 permits) and there would be nothing to observe.
[[gnu::noinline]] task f(noisy p) {
  noisy local{"~local"};
  coro_test::events.record(p.name);
  co_await std::suspend_never{};  // makes f a coroutine; control then flows off the end
}

}  // namespace

extern "C" int main() {
  task t = f(noisy{"~parameter"});
  t.handle.resume();
  coro_test::events.record("resumed");
  CORO_CHECK_TRACE("~parameter,~local,final-suspend,~promise,~parameter,delete,resumed");
  return coro_test::finish();
}
