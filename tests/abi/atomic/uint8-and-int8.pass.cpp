// 8-bit atomics compute in 8 bits: fetch_add and fetch_sub wrap around, the bitwise operations,
// exchange and compare_exchange keep values with the top bit set (unsigned 0x80-0xff and
// negative signed values come back unchanged), and no operation touches the neighbouring bytes.
#include <atomic>
#include <runtime_test.h>
#include <stdint.h>

struct {
  uint8_t before = 0x5a;
  std::atomic<uint8_t> u{0xfe};
  std::atomic<int8_t> s{-128};
  uint8_t after = 0xa5;
} bytes;

extern "C" int main() {
  RUNTIME_CHECK(bytes.u.fetch_add(3) == 0xfe && bytes.u.load() == 0x01);
  RUNTIME_CHECK(bytes.u.fetch_sub(2) == 0x01 && bytes.u.load() == 0xff);
  RUNTIME_CHECK(bytes.u.fetch_and(0xf0) == 0xff && bytes.u.fetch_or(0x0c) == 0xf0 && bytes.u.fetch_xor(0xff) == 0xfc);
  RUNTIME_CHECK(bytes.u.exchange(0x80) == 0x03);
  uint8_t expected = 0x81;
  RUNTIME_CHECK(!bytes.u.compare_exchange_strong(expected, 0x7f) && expected == 0x80);
  RUNTIME_CHECK(bytes.u.compare_exchange_strong(expected, 0xee) && bytes.u.load() == 0xee);

  RUNTIME_CHECK(bytes.s.fetch_sub(1) == -128 && bytes.s.load() == 127);
  RUNTIME_CHECK(bytes.s.fetch_add(1) == 127 && bytes.s.load() == -128);
  RUNTIME_CHECK(bytes.s.exchange(-1) == -128 && bytes.s.fetch_and(-16) == -1 && bytes.s.load() == -16);
  int8_t wanted = -16;
  RUNTIME_CHECK(bytes.s.compare_exchange_strong(wanted, -99) && bytes.s.load() == -99);

  RUNTIME_CHECK(bytes.before == 0x5a && bytes.after == 0xa5);
  runtime_test::print("u: ", bytes.u.load());
  runtime_test::print("s: ", bytes.s.load());
  return 0;
}
// CHECK: u: 238
// CHECK: s: -99
