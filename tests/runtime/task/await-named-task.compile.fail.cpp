// co_await on a named task (an lvalue) does not compile, and the message says what to write.
#include <freeco/task.hpp>

freeco::task<int> f() { co_return 1; }

freeco::task<> g() {
  freeco::task<int> t = f();
  co_await t;
}
// CHECK: ERROR(freeco): co_await on a named task: write co_await std::move(t)
