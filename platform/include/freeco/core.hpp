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
//   8       thread_   Reset_Handler, once, before any            __aeabi_read_tp (abi/
//           pointer   constructor runs (startup/reset.cpp)       thread_pointer.cpp), so every
//                                                                thread_local access
//
// Interrupt handlers only read `executor`; the executor only changes it in thread mode while no
// task of its own can be waiting, so a handler never sees it change under a waiting task.
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
