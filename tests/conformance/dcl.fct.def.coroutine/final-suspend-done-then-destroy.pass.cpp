// [dcl.fct.def.coroutine]/5,/11 and [coroutine.handle.observers]: suspended at the final suspend
// point the coroutine is done() and its promise still lives; destroy() then runs the promise's and
// the parameter copy's destructors.
#include "coro_test.h"

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

struct task {
  struct promise_type : coro_test::arena_allocated {
    int value = 0;
    ~promise_type() { coro_test::events.record("~promise"); }
    task get_return_object() { return task{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    static task get_return_object_on_allocation_failure() noexcept { return task{nullptr}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_value(int v) { value = v; }
    void unhandled_exception() {}
  };
  std::coroutine_handle<promise_type> handle;
};

task f(noisy) {
  noisy local{"~local"};
  co_return 5;
}

}  // namespace

extern "C" int main() {
  task t = f(noisy{"~parameter"});
  CORO_CHECK(t.handle.done());
  CORO_CHECK(t.handle.promise().value == 5);
  CORO_CHECK_TRACE("~local");  // the body's scope has ended; promise and parameter live on
  t.handle.destroy();
  CORO_CHECK_TRACE("~local,~promise,~parameter");
  return coro_test::finish();
}
