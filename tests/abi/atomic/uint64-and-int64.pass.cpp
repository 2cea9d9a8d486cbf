// 64-bit atomics compute in 64 bits: fetch_add and fetch_sub carry and borrow across the two
// words and wrap around, the bitwise operations, exchange and compare_exchange keep both words,
// and negative values come back unchanged.
// Both cores: the Cortex-M4 has no LDREXD either, so there too these are __atomic_*_8 library
// calls (abi/atomic_primask_8.cpp).
#include <atomic>
#include <runtime_test.h>
#include <stdint.h>

struct {
  uint32_t before = 0x5a5a5a5a;
  std::atomic<uint64_t> u{0xffff'ffff'ffff'fffeull};
  std::atomic<int64_t> s{-1};
  uint32_t after = 0xa5a5a5a5;
} wide;

extern "C" int main() {
  RUNTIME_CHECK(wide.u.fetch_add(3) == 0xffff'ffff'ffff'fffeull && wide.u.load() == 1);
  RUNTIME_CHECK(wide.u.fetch_add(0xffff'ffffull) == 1 && wide.u.load() == 0x1'0000'0000ull);
  RUNTIME_CHECK(wide.u.fetch_sub(1) == 0x1'0000'0000ull && wide.u.load() == 0xffff'ffffull);
  RUNTIME_CHECK(wide.u.fetch_or(0xf000'0000'0000'0000ull) == 0xffff'ffffull &&
                wide.u.fetch_and(0xff00'0000'ff00'0000ull) == 0xf000'0000'ffff'ffffull &&
                wide.u.fetch_xor(0x0f00'0000'0000'0001ull) == 0xf000'0000'ff00'0000ull);
  RUNTIME_CHECK(wide.u.exchange(0x8000'0000'0000'0000ull) == 0xff00'0000'ff00'0001ull);
  uint64_t expected = 0x8000'0001'0000'0000ull;  // the high word differs only
  RUNTIME_CHECK(!wide.u.compare_exchange_strong(expected, 1) && expected == 0x8000'0000'0000'0000ull);
  expected = 0x8000'0000'0000'0001ull;  // the low word differs only
  RUNTIME_CHECK(!wide.u.compare_exchange_strong(expected, 1) && expected == 0x8000'0000'0000'0000ull);
  RUNTIME_CHECK(wide.u.compare_exchange_strong(expected, 0x0123'4567'89ab'cdefull));

  RUNTIME_CHECK(wide.s.fetch_add(1) == -1 && wide.s.load() == 0);
  RUNTIME_CHECK(wide.s.fetch_sub(0x1'0000'0001ll) == 0 && wide.s.load() == -0x1'0000'0001ll);
  wide.s.store(INT64_MIN);
  RUNTIME_CHECK(wide.s.fetch_sub(1) == INT64_MIN && wide.s.load() == INT64_MAX);

  RUNTIME_CHECK(wide.before == 0x5a5a5a5a && wide.after == 0xa5a5a5a5);
  RUNTIME_CHECK(wide.u.load() == 0x0123'4567'89ab'cdefull);
  runtime_test::print("low word of u: ", static_cast<long>(wide.u.load() & 0x7fff'ffff));
  return 0;
}
// CHECK: low word of u: 162254319
