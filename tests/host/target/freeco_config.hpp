// The host tests' application configuration (freeco/config.hpp): slot classes like
// freeco::frame_pools' (the smallest class that fits, a fixed number of slots each, the same
// stats()), but every frame is a heap block of its own, freed when the frame dies. So a
// pointer left into a destroyed frame (a task node still queued, a waiter still linked, a
// timer still in the queue) is a heap-use-after-free that AddressSanitizer reports with the
// stacks that made and freed the frame, instead of a read of a recycled static slot that looks
// fine. The pool logic itself is tested by pool_test.cpp. Frames on a 64-bit host are about
// twice their Cortex-M size, hence the larger classes.
#pragma once

#include <freeco/frame_pool.hpp>
#include <stddef.h>
#include <stdlib.h>

namespace freeco::host {

template <size_t Count, size_t... SlotSizes>
class checked_pools {
  static constexpr size_t sizes[] = {SlotSizes...};

 public:
  static constexpr size_t class_count = sizeof...(SlotSizes);
  static constexpr size_t largest_slot = sizes[class_count - 1];

  constexpr checked_pools() = default;
  checked_pools(const checked_pools&) = delete;
  checked_pools& operator=(const checked_pools&) = delete;

  [[gnu::always_inline]] void* allocate(size_t size) noexcept {
    detail::check_frame_fits<largest_slot>(size);  // the same build error as on the target
    const size_t c = class_of(size);
    if (c == class_count || in_use_[c] == Count) {
      ++failed_[c];
      return nullptr;
    }
    void* frame = malloc(size);
    if (frame == nullptr) abort();
    if (++in_use_[c] > high_water_[c]) high_water_[c] = in_use_[c];
    return frame;
  }
  void free(void* frame, size_t size) noexcept {
    --in_use_[class_of(size)];
    ::free(frame);
  }

  pool_stats stats(size_t index) const noexcept {
    if (index >= class_count) return {0, 0, 0, 0, failed_[class_count]};
    return {sizes[index], Count, in_use_[index], high_water_[index], failed_[index]};
  }

 private:
  static size_t class_of(size_t size) noexcept {
    size_t c = 0;
    while (c < class_count && sizes[c] < size) ++c;
    return c;
  }

  size_t in_use_[class_count] = {};
  size_t high_water_[class_count] = {};
  size_t failed_[class_count + 1] = {};  // the last: larger than every class
};

}  // namespace freeco::host

namespace freeco::config {
using frame_pools = host::checked_pools<16, 128, 256, 512, 1024>;
}  // namespace freeco::config
