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

coro_test::traced_task<coro_test::eager, int> f(noisy) {
  noisy local{"~local"};
  co_return 5;
}

}  // namespace

extern "C" int main() {
  coro_test::traced_task<coro_test::eager, int> t = f(noisy{"~parameter"});
  CORO_CHECK(t.handle.done());
  CORO_CHECK(t.handle.promise().value == 5);
  CORO_CHECK_TRACE("~local");  // the body's scope has ended; promise and parameter live on
  t.handle.destroy();
  t.handle = nullptr;  // already destroyed: not again by the task
  CORO_CHECK_TRACE("~local,~promise,~parameter");
  return coro_test::finish();
}
