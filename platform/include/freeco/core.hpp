// The per-core context slot: what the runtime must find without being passed it, the
// firmware counterpart of thread-local storage. One record per core in a static array indexed
// by the core's id; on single-core boards the array has one entry and the index is the
// constant 0 (board.hpp), so this_core() compiles to one address.
//
// Fields, and who writes them when (nobody else may):
//
//   offset  field     written by                                 read by
//   0       executor  executor::run, on entry and on return      spawn(); deferred work and the
//                     (it restores the previous value: runs      timer queue, which queue their
//                     nest)                                      callbacks on the innermost one
//   4       current   the executor, before each resume, and      awaitables that need the
//                     back on return from a nested run           coroutine they run in
//   8       thread_   Reset_Handler, once, before any            __aeabi_read_tp (abi/
//           pointer   constructor runs (startup/reset.cpp)       thread_pointer.cpp), so every
//                                                                thread_local access
//
// Tasks are never woken through `executor`: a woken task goes to its own executor
// (task_node::owner), so a handler that fires during a nested run() queues an outer task on the
// outer executor. A handler that reads `executor` while it changes sees the old or the new one;
// either runs the callback (an executor runs what was queued on it before it returns).
// `thread_pointer` is the core's thread-local storage block (link.ld reserves one per core)
// minus the TCB offset of Arm's TLS variant 1 (__freeco_tls_tcb_offset: 8, or the TLS
// alignment if larger): the compilers address a thread_local as __aeabi_read_tp() + that offset
// + its place in the block. Interrupt handlers that touch a thread_local share the block of the
// core they interrupt.
#pragma once

#include <freeco/target/board.hpp>

namespace freeco {

class executor;
namespace detail {
struct task_node;
}

struct core_context {
  freeco::executor* executor = nullptr;
  detail::task_node* current = nullptr;
  char* thread_pointer = nullptr;
};

inline constinit core_context cores[board::core_count];

// The calling core's record. Valid in thread mode and in interrupt handlers.
[[gnu::always_inline]] inline core_context& this_core() noexcept { return cores[board::core_id()]; }

}  // namespace freeco
