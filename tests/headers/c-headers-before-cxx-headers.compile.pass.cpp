// C headers first, then libcore's: GCC's <stddef.h> defines macros such as __size_t, which
// libcore's internal names must not collide with.
#include <stddef.h>
#include <stdint.h>

#include <atomic>
#include <cstddef>
#include <compare>
#include <concepts>
#include <coroutine>
#include <type_traits>
#include <utility>

static_assert(std::is_same_v<std::size_t, size_t>);
