// bench/frame_sizes.cpp's pool configuration: the usual slot classes, behind a wrapper that
// records the size of the last frame the compiler asked for.
#pragma once
#include <freeco/frame_pool.hpp>

namespace bench {
template <class Pools>
struct recording_pools : Pools {
  size_t last_size = 0;
  [[gnu::always_inline]] void* allocate(size_t size) noexcept {
    last_size = size;
    return Pools::allocate(size);
  }
};
}  // namespace bench

namespace freeco::config {
using frame_pools = bench::recording_pools<freeco::frame_pools<freeco::frame_pool<64, 4>, freeco::frame_pool<128, 2>>>;
}
