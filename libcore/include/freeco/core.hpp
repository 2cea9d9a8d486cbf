// The per-core context slot: what the runtime must find without being passed it, the
// firmware counterpart of thread-local storage. One record per core in a static array indexed
// by the core's id; on single-core boards the array has one entry and the index is the
// constant 0 (board.hpp), so this_core() compiles to one address.
//
// Fields, and who writes them when (nobody else may):
//
//   offset  field     written by                                 read by
//   0       executor  executor::run, on entry and on return      spawn(), yield(), awaiting a
//                     (it restores the previous value)           task, interrupt handlers that
//                                                                wake a task
//   4       current   the executor, before each resume           awaitables that need the
//                                                                coroutine they run in
//
// Interrupt handlers only read `executor`; the executor only changes it in thread mode while no
// task of its own can be waiting, so a handler never sees it change under a waiting task.
// Issue 5 adds the core's thread-local storage block here.
#pragma once

#include "board.hpp"

namespace freeco {

class executor;
namespace detail {
struct task_node;
}

struct core_context {
  freeco::executor* executor = nullptr;
  detail::task_node* current = nullptr;
};

inline constinit core_context cores[board::core_count];

// The calling core's record. Valid in thread mode and in interrupt handlers.
[[gnu::always_inline]] inline core_context& this_core() noexcept { return cores[board::core_id()]; }

}  // namespace freeco
