// [dcl.fct.def.coroutine]/5,/11,/13: destroy() at a suspension point leaves the function body:
// locals in reverse order of construction, then the promise, then the parameter copies, then the
// frame's storage is released. (The copies' relative order is unspecified: both orders accepted.)
#include "frame_allocation.h"

namespace {

struct noisy {
  const char* name;
  bool owner = true;
  explicit noisy(const char* n) : name(n) {}
  noisy(noisy&& other) : name(other.name) {
    other.owner = false;
    coro_test::events.record(name);
  }
  ~noisy() {
    if (owner) coro_test::events.record(name);
  }
};

struct task {
  struct promise_type : coro_test::delete_traced {
    ~promise_type() { coro_test::events.record("promise"); }
    task get_return_object() { return task{std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  std::coroutine_handle<promise_type> handle;
};

// noinline: were the call inlined, clang could elide the frame allocation (which
// [dcl.fct.def.coroutine]/9 permits) and there would be nothing to observe.
[[gnu::noinline]] task f(noisy a, noisy b) {
  noisy x{"x"};
  noisy y{"y"};
  coro_test::events.record(a.name);  // keep both parameters in use
  coro_test::events.record(b.name);
  co_await std::suspend_always{};
  coro_test::events.record("not-reached");
}

}  // namespace

extern "C" int main() {
  task t = f(noisy{"a"}, noisy{"b"});  // records the two parameter copies' construction
  coro_test::events.record("|");
  t.handle.resume();
  coro_test::events.record("|");
  t.handle.destroy();
  const char* accepted[] = {
      "a,b,|,a,b,|,y,x,promise,b,a,delete", "a,b,|,a,b,|,y,x,promise,a,b,delete",
      "b,a,|,a,b,|,y,x,promise,b,a,delete", "b,a,|,a,b,|,y,x,promise,a,b,delete"};
  bool ok = false;
  for (const char* expected : accepted) ok = ok || coro_test::events.equals(expected);
  if (!ok) {
    freeco::console::write("trace: ");
    freeco::console::write(coro_test::events.text);
    freeco::console::write("\n");
  }
  CORO_CHECK(ok);
  return coro_test::finish();
}
