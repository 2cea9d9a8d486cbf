// The pool configuration of the pool tests: two slot classes, small enough to exhaust.
#pragma once
#include <freeco/frame_pool.hpp>
namespace freeco::config {
using frame_pools = freeco::frame_pools<freeco::frame_pool<64, 2>, freeco::frame_pool<512, 1>>;
}
