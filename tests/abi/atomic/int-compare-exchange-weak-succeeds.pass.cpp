// std::atomic<int>::compare_exchange_weak in the usual retry loop doubles the value; with no
// other writer it succeeds at once (freeco's never fails spuriously, but a loop may retry).
#include <atomic>
#include <runtime_test.h>

std::atomic<int> value{21};

extern "C" int main() {
  int expected = value.load();
  int tries = 1;
  while (!value.compare_exchange_weak(expected, expected * 2)) ++tries;
  RUNTIME_CHECK(expected == 21);
  runtime_test::print("value: ", value.load());
  runtime_test::print("tries: ", tries);
  return 0;
}
// CHECK: value: 42
// CHECK: tries: 1
