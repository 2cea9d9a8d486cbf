// The cross-level stress's pools: every task of three levels at once, with their combinators'
// children, and the short tasks the levels spawn onto each other.
#pragma once
#include <freeco/frame_pool.hpp>
namespace freeco::config {
using frame_pools = freeco::frame_pools<freeco::frame_pool<64, 24>, freeco::frame_pool<128, 24>, freeco::frame_pool<256, 8>>;
}
