// [class.copy.elision]/3 (P1825, C++20): in co_return x; naming a local object, x is first
// treated as an rvalue, so a move-only local can be returned through return_value(T).
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

task body() {
  move_only local{5};
  co_return local;
}

extern "C" int main() {
  body();
  CORO_CHECK(received == 5);
  return coro_test::finish();
}
