// [class.copy.elision]/3 (P1825, C++20): a co_return operand naming a by-value parameter of the
// coroutine (its frame copy) is first treated as an rvalue, so a move-only parameter can be
// co_returned through return_value(T).
#include "coro_test.h"

struct move_only {
  int value;
  explicit move_only(int v) : value(v) {}
  move_only(move_only&& other) : value(other.value) { other.value = -1; }
  move_only(const move_only&) = delete;
};

int received = 0;

struct task {
  struct promise_type : coro_test::detached_promise<task> {
    void return_value(move_only result) { received = result.value; }
  };
};

task body(move_only parameter) { co_return parameter; }

extern "C" int main() {
  body(move_only{6});
  CORO_CHECK(received == 6);
  return coro_test::finish();
}
