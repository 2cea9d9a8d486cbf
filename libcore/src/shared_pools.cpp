// The pools' atomic steps (freeco/frame_pool.hpp), which interrupt_executor::start installs:
// linked only into firmware that starts one. Each pops or pushes the free list, or counts a
// slot touched, in one atomic step (cpu::atomic_update: masked on the M0, exclusive on the M4).
#include <freeco/atomic_stack.hpp>
#include <freeco/frame_pool.hpp>

#include <freeco/target/cpu_atomic.hpp>

namespace freeco::detail {

namespace {

template <class T>
volatile T& shared(T& word) noexcept {
  return word;
}

void* allocate_shared(pool_state& pool, unsigned char* slots, size_t slot_size, size_t count) noexcept {
  if (free_slot* s = atomic_pop<free_slot>(shared(pool.free))) return s;
  const size_t n = cpu::atomic_update(shared(pool.touched), [count](size_t t) { return t < count ? t + 1 : t; });
  if (n < count) return slots + n * slot_size;
  cpu::atomic_update(shared(pool.failed), [](size_t f) { return f + 1; });
  return nullptr;
}

void free_shared(pool_state& pool, free_slot& slot) noexcept { atomic_push(shared(pool.free), slot); }

constexpr shared_pool_steps shared_steps{allocate_shared, free_shared};

}  // namespace

void share_pools() noexcept { shared_pools = &shared_steps; }

}  // namespace freeco::detail
