// A coroutine whose locals need 16- or 32-byte alignment across a co_await gets a frame in which
// they are aligned, even from a pool that aligns its slots to 8 only. The pool here hands out
// a slot at 8 modulo 32 on purpose, so that only the compiler's own alignment of the frame can
// make the locals aligned.
#include <runtime_test.h>
#include <stdint.h>

namespace {
constinit freeco::executor executor;

// One slot, 8 bytes past a 32-byte boundary.
struct skewed_pool {
  static constexpr size_t slot = 512;
  alignas(32) unsigned char bytes[32 + slot] = {};
  bool used = false;
  void* allocate(size_t size) noexcept {
    if (used || size > slot) return nullptr;
    used = true;
    return bytes + 8;
  }
  void free(void*, size_t) noexcept { used = false; }
};
constinit skewed_pool skewed16, skewed32;
uintptr_t offsets = 0;  // the two locals' offsets from their alignment, 16 then 32

template <size_t Align, auto& Pool>
freeco::task<> holds(freeco::in_pool<Pool>, int shift) {
  alignas(Align) volatile unsigned char block[Align];
  block[0] = 1;
  co_await freeco::yield();  // block lives across the suspension: it is in the frame
  offsets |= (reinterpret_cast<uintptr_t>(&block[0]) % Align) << shift;
  block[0] = 2;
}
}  // namespace

extern "C" int main() {
  runtime_test::spawn(executor, holds<16, skewed16>({}, 0));
  runtime_test::spawn(executor, holds<32, skewed32>({}, 8));
  executor.run();
  RUNTIME_CHECK(!skewed16.used && !skewed32.used);
  runtime_test::print("offsets from alignment: ", static_cast<long>(offsets));
  return 0;
}
// CHECK: offsets from alignment: 0
