// std::atomic<int>::compare_exchange_strong, when the object holds the expected value, stores
// the desired one, returns true and leaves `expected` as it was.
#include <atomic>
#include <runtime_test.h>

std::atomic<int> value{42};

extern "C" int main() {
  int expected = 42;
  RUNTIME_CHECK(value.compare_exchange_strong(expected, -7));
  RUNTIME_CHECK(expected == 42);
  runtime_test::print("value: ", value.load());
  return 0;
}
// CHECK: value: -7
