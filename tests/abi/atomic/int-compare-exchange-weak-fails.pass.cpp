// std::atomic<int>::compare_exchange_weak, when the object holds another value than the
// expected one, stores nothing, returns false and reports the value it found in `expected`.
#include <atomic>
#include <runtime_test.h>

std::atomic<int> value{-5};

extern "C" int main() {
  int expected = 5;
  RUNTIME_CHECK(!value.compare_exchange_weak(expected, 9, std::memory_order_acq_rel, std::memory_order_acquire));
  RUNTIME_CHECK(value.load() == -5);
  runtime_test::print("expected now: ", expected);
  return 0;
}
// CHECK: expected now: -5
