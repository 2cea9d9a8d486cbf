// The demo's frame pools (freeco/config.hpp explains the form). Sized from the frames the
// three compilers ask for (`./x demo` prints the high-water marks with `stats`): small tasks
// and sensor readings in 96 bytes (six: the urgent watch task takes one for ever), the
// console, whose frame holds the awaiters of every command, in the 512-byte class.
#pragma once
#include <freeco/frame_pool.hpp>

namespace freeco::config {
using frame_pools = freeco::frame_pools<frame_pool<96, 6>, frame_pool<256, 3>, frame_pool<512, 2>>;
}
