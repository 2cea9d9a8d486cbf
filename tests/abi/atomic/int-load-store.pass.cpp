// std::atomic<int>::store and load round-trip every bit pattern, with every memory order, and
// a store does not touch the neighbouring words.
#include <atomic>
#include <runtime_test.h>

struct {
  int before = 0x11111111;
  std::atomic<int> value{0};
  int after = 0x22222222;
} words;

extern "C" int main() {
  const int patterns[] = {0, -1, 0x7fffffff, static_cast<int>(0x80000000), 0x12345678};
  for (int pattern : patterns) {
    words.value.store(pattern);
    RUNTIME_CHECK(words.value.load() == pattern);
    words.value.store(~pattern, std::memory_order_release);
    RUNTIME_CHECK(words.value.load(std::memory_order_acquire) == ~pattern);
    words.value = pattern;
    RUNTIME_CHECK(words.value.load(std::memory_order_relaxed) == pattern && words.value == pattern);
  }
  RUNTIME_CHECK(words.before == 0x11111111 && words.after == 0x22222222);
  runtime_test::print("last: ", words.value.load());
  return 0;
}
// CHECK: last: 305419896
