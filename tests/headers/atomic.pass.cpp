// ADDITIONAL_COMPILE_FLAGS: -pedantic
// The atomic operations work at run time: fetch_add, compare_exchange in success and failure,
// exchange, pointer arithmetic in elements, the floating-point CAS loop and atomic_flag
// (inline LDREX/STREX on Cortex-M4, freeco's __atomic_* library calls on Cortex-M0).
#include <atomic>

std::atomic<int> counter{40};
std::atomic<unsigned char> bits{0x0F};
int table[4] = {10, 20, 30, 40};
std::atomic<int*> cursor{table};
std::atomic<float> total{0.5f};
std::atomic_flag flag;

extern "C" int main() {
  if (counter.fetch_add(2) != 40 || counter.load() != 42) return 1;
  int expected = 0;
  if (counter.compare_exchange_strong(expected, 7) || expected != 42) return 2;  // fails, reports 42
  if (!counter.compare_exchange_strong(expected, 7) || counter.load() != 7) return 3;
  while (!counter.compare_exchange_weak(expected, 8)) {
  }
  if (counter.exchange(100) != 8 || ++counter != 101 || counter-- != 101 || (counter -= 1) != 99) return 4;
  if (bits.fetch_or(0xF0) != 0x0F || (bits &= 0x3C) != 0x3C || bits.fetch_xor(0xFF) != 0x3C || bits != 0xC3) return 5;
  if (cursor.fetch_add(2) != table || *cursor.load() != 30 || *(--cursor) != 20 || *(cursor += 2) != 40) return 6;
  if (total.fetch_add(1.25f) != 0.5f || (total -= 0.75f) != 1.0f) return 7;
  if (flag.test() || flag.test_and_set() || !flag.test_and_set() || !flag.test()) return 8;
  flag.clear();
  if (flag.test()) return 9;
  return 0;
}
