// Frame pool allocate and free, in instructions (exact, -icount): a slot taken from the free
// list and given back (pool_alloc_free), against the same loop calling two functions that do
// nothing; with a C library, beside its malloc and free of a 64-byte block (malloc_free). All
// pairs go through out-of-line functions, so the differences are the allocators' own work.
#include <freeco/frame_pool.hpp>

#include "measure.hpp"

#if BENCH_MALLOC
#include <stdlib.h>
#endif

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
#if BENCH_MALLOC
[[gnu::noinline]] void* take_malloc() { return malloc(64); }
[[gnu::noinline]] void give_malloc(void* p) { free(p); }
void malloc_loop(uint32_t n) {
  for (uint32_t i = 0; i < n; ++i) give_malloc(take_malloc());
}
#endif
}  // namespace

extern "C" int main() {
  give(take());  // one slot on the free list: every take below pops it
  bench::start_counter();
  const uint32_t baseline = bench::per_iteration(baseline_loop);
  const uint32_t with_pool = bench::per_iteration(pool_loop) - baseline;
#if BENCH_MALLOC
  give_malloc(take_malloc());  // the heap set up before the measurement
  bench::metric("pool_alloc_free", with_pool, "malloc_free", bench::per_iteration(malloc_loop) - baseline);
#else
  bench::report("pool_alloc_free (no C library: no malloc_free baseline)", with_pool);
#endif
  return pool.stats().failed == 0 ? 0 : 1;
}
