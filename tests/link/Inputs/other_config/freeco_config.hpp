// A configuration other than the default (for config-mismatch-is-refused.sh.cpp).
#pragma once
#include <freeco/frame_pool.hpp>
namespace freeco::config {
using frame_pools = freeco::frame_pools<freeco::frame_pool<192, 4>>;
}
