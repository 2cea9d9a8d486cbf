// The application's configuration, and the objects it sizes.
//
// An application that wants other frame pools than the defaults below provides a header
// named freeco_config.hpp on its include path (one per firmware: every file must see the same
// one), which defines everything in namespace freeco::config:
//
//     #pragma once
//     #include <freeco/frame_pool.hpp>
//     namespace freeco::config {
//     // Slot classes, smallest first: 4 frames of up to 48 bytes, 2 of up to 160.
//     using frame_pools = freeco::frame_pools<freeco::frame_pool<48, 4>, freeco::frame_pool<160, 2>>;
//     }
#pragma once

#include <freeco/frame_pool.hpp>

#if __has_include(<freeco_config.hpp>)
#include <freeco_config.hpp>
#else
namespace freeco::config {
// 768 bytes of .bss, linked only when a coroutine uses them.
using frame_pools = freeco::frame_pools<frame_pool<64, 4>, frame_pool<128, 2>, frame_pool<256, 1>>;
}  // namespace freeco::config
#endif

namespace freeco::detail {

// Each file that allocates from `frames` (task.hpp's promise) leaves a one-byte mark named
// after the configuration it saw. Identical marks fold into one (each is a COMDAT group), so a
// link with more than one holds files that saw different configurations: they would share
// `frames` with different layouts and corrupt it at run time. link.ld refuses such a link;
// the map file's .freeco.config lists the marks. (GCC ignores the section on a template and
// names it .rodata.<mangled name>: link.ld looks for both.)
template <class Pools>
[[gnu::section(".freeco.config")]] inline constinit const char freeco_config_mark = 0;

}  // namespace freeco::detail

namespace freeco {

// Where task frames come from, unless a coroutine binds a dedicated pool (freeco::in_pool).
// frames.stats(i) reports slot class i.
inline constinit config::frame_pools frames;

}  // namespace freeco
