// The frame pools of the interrupt stress: a dozen tasks at once (consumers, the rounds of
// event waiters, timeout wrappers).
#pragma once
#include <freeco/frame_pool.hpp>
namespace freeco::config {
using frame_pools = freeco::frame_pools<freeco::frame_pool<64, 8>, freeco::frame_pool<128, 8>, freeco::frame_pool<256, 4>>;
}
