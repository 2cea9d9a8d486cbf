// std::atomic<int>::compare_exchange_strong, when the object holds another value than the
// expected one, stores nothing, returns false and reports the value it found in `expected`.
#include <atomic>
#include <runtime_test.h>

std::atomic<int> value{42};

extern "C" int main() {
  int expected = 41;
  RUNTIME_CHECK(!value.compare_exchange_strong(expected, 7));
  RUNTIME_CHECK(value.load() == 42);
  runtime_test::print("expected now: ", expected);
  return 0;
}
// CHECK: expected now: 42
