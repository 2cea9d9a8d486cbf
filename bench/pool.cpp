// Frame pool allocate and free, in instructions: a slot taken from the free list and given
// back, against the same loop calling two functions that do nothing. Both pairs go through
// out-of-line functions, so the difference is the pool's own work.
#include <freeco/frame_pool.hpp>

#include "measure.hpp"

namespace {
constinit freeco::frame_pool<64, 4> pool;
unsigned char dummy[64];

[[gnu::noinline]] void* take() { return pool.allocate(); }
[[gnu::noinline]] void give(void* frame) { pool.free(frame); }
[[gnu::noinline]] void* take_nothing() {
  void* p = dummy;
  asm volatile("" : "+r"(p));
  return p;
}
[[gnu::noinline]] void give_nothing(void* frame) { asm volatile("" ::"r"(frame)); }

void pool_loop(uint32_t n) {
  for (uint32_t i = 0; i < n; ++i) give(take());
}
void baseline_loop(uint32_t n) {
  for (uint32_t i = 0; i < n; ++i) give_nothing(take_nothing());
}
}  // namespace

extern "C" int main() {
  give(take());  // one slot on the free list: every take below pops it
  bench::start_counter();
  const uint32_t baseline = bench::per_iteration(baseline_loop);
  const uint32_t with_pool = bench::per_iteration(pool_loop);
  bench::report("allocate + free (free-list path)", with_pool - baseline);
  return pool.stats().failed == 0 ? 0 : 1;
}
