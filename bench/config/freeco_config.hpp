// The benchmarks' slot classes: room for 33 small tasks at once (the yield scaling run), and for
// the frames of when_any, timeout and the larger tasks.
#pragma once
#include <freeco/frame_pool.hpp>

namespace freeco::config {
using frame_pools = freeco::frame_pools<freeco::frame_pool<64, 40>, freeco::frame_pool<128, 4>, freeco::frame_pool<256, 2>>;
}
