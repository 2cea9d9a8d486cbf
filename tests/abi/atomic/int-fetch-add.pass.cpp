// std::atomic<int>::fetch_add returns the value before the addition and adds, also for
// negative operands; ++ and += return the new value.
#include <atomic>
#include <runtime_test.h>

std::atomic<int> counter{40};

extern "C" int main() {
  RUNTIME_CHECK(counter.fetch_add(2) == 40);
  RUNTIME_CHECK(counter.load() == 42);
  RUNTIME_CHECK(counter.fetch_add(-50) == 42);
  RUNTIME_CHECK(++counter == -7);
  RUNTIME_CHECK((counter += 10) == 3);
  runtime_test::print("counter: ", counter.load());
  return 0;
}
// CHECK: counter: 3
