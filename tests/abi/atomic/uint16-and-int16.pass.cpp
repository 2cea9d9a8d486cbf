// 16-bit atomics compute in 16 bits: fetch_add and fetch_sub wrap around, the bitwise
// operations, exchange and compare_exchange keep values with the top bit set (unsigned
// 0x8000-0xffff and negative signed values come back unchanged), and no operation touches the
// neighbouring halfwords.
#include <atomic>
#include <runtime_test.h>
#include <stdint.h>

struct {
  uint16_t before = 0x5a5a;
  std::atomic<uint16_t> u{0xfffe};
  std::atomic<int16_t> s{-32768};
  uint16_t after = 0xa5a5;
} halves;

extern "C" int main() {
  RUNTIME_CHECK(halves.u.fetch_add(3) == 0xfffe && halves.u.load() == 0x0001);
  RUNTIME_CHECK(halves.u.fetch_sub(2) == 0x0001 && halves.u.load() == 0xffff);
  RUNTIME_CHECK(halves.u.fetch_and(0xff00) == 0xffff && halves.u.fetch_or(0x00f0) == 0xff00 &&
                halves.u.fetch_xor(0xffff) == 0xfff0);
  RUNTIME_CHECK(halves.u.exchange(0x8000) == 0x000f);
  uint16_t expected = 0x8001;
  RUNTIME_CHECK(!halves.u.compare_exchange_strong(expected, 0x7fff) && expected == 0x8000);
  RUNTIME_CHECK(halves.u.compare_exchange_strong(expected, 0xbeef) && halves.u.load() == 0xbeef);

  RUNTIME_CHECK(halves.s.fetch_sub(1) == -32768 && halves.s.load() == 32767);
  RUNTIME_CHECK(halves.s.fetch_add(1) == 32767 && halves.s.load() == -32768);
  RUNTIME_CHECK(halves.s.exchange(-1) == -32768 && halves.s.fetch_and(-256) == -1 && halves.s.load() == -256);
  int16_t wanted = -256;
  RUNTIME_CHECK(halves.s.compare_exchange_strong(wanted, -1234) && halves.s.load() == -1234);

  RUNTIME_CHECK(halves.before == 0x5a5a && halves.after == 0xa5a5);
  runtime_test::print("u: ", halves.u.load());
  runtime_test::print("s: ", halves.s.load());
  return 0;
}
// CHECK: u: 48879
// CHECK: s: -1234
