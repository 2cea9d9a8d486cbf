// std::atomic<int>::exchange stores the new value and returns the one it replaced.
#include <atomic>
#include <runtime_test.h>

std::atomic<int> value{-100};

extern "C" int main() {
  RUNTIME_CHECK(value.exchange(7) == -100);
  RUNTIME_CHECK(value.exchange(8, std::memory_order_relaxed) == 7);
  runtime_test::print("value: ", value.load());
  return 0;
}
// CHECK: value: 8
