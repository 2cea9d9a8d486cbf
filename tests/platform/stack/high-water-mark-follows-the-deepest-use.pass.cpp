// freeco::stack::used_most() reports the deepest the stack has been since reset: past 1 KiB
// once a 1 KiB local array has been used, the same when asked again, and within
// freeco::stack::size() (2 KiB by default).
#include <freeco/console.hpp>
#include <freeco/stack.hpp>
#include <stdint.h>

[[gnu::noinline]] uint32_t use_a_kilobyte(uint32_t seed) {
  volatile uint32_t block[256];
  for (uint32_t i = 0; i < 256; ++i) block[i] = seed + i;
  return block[seed & 255];
}

int main() {
  const size_t before = freeco::stack::used_most();
  const uint32_t value = use_a_kilobyte(3);
  const size_t after = freeco::stack::used_most();
  const size_t later = freeco::stack::used_most();
  freeco::console::write("size ");
  freeco::console::write_dec(static_cast<int32_t>(freeco::stack::size()));
  freeco::console::write("\n");
  const bool ok = value == 6 && before < 512 && after >= 1024 && after < freeco::stack::size() &&
                  later == after;
  freeco::console::write(ok ? "high water follows\n" : "high water wrong\n");
  if (!ok) {
    freeco::console::write_dec(static_cast<int32_t>(before));
    freeco::console::write(" ");
    freeco::console::write_dec(static_cast<int32_t>(after));
    freeco::console::write("\n");
  }
  return ok ? 0 : 1;
}

// CHECK: size 2048
// CHECK-NEXT: high water follows
