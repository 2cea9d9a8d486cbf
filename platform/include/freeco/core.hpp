// The per-core context slot: what the runtime must find without being passed it, the
// firmware counterpart of thread-local storage. One record per core in a static array indexed
// by the core's id; on single-core boards the array has one entry and the index is the
// constant 0 (board.hpp), so this_core() compiles to one address.
//
// Fields, and who writes them when (nobody else may):
//
//   offset  field      written by                                read by
//   0       executor   executor::run, on entry and on return      spawn(); awaitables and the
//                      (it restores the previous value: runs      timer queue, for the level
//                      nest); an interrupt_executor's handler,    they run at
//                      which saves and restores it
//   4       current    the executor, before each resume, and      awaitables that need the
//                      back on return from a nested run; an       coroutine they run in
//                      interrupt_executor's handler, saved and
//                      restored likewise
//   8       thread_    Reset_Handler, once, before any            __aeabi_read_tp (abi/
//           pointer    constructor runs (startup/reset.cpp)       thread_pointer.cpp), so every
//                                                                 thread_local access
//   12      level      an interrupt_executor's handler (its       the checks of what runs at a
//                      exception number), saved and restored;     task level; which timer queue
//                      0 in thread mode                           a task's timers go to
//   16      thread_    executor::run, as `executor`: the          deferred work of handlers and
//           executor   innermost executor in thread mode, also    thread-mode timers, which run
//                      while an interrupt_executor preempts it    there
//
// So at every level (thread mode, or an interrupt_executor's handler preempting it or another
// one) `executor`, `current` and `level` name what runs at that level: a level that preempts
// puts back what it changed before it returns. Plain handlers change nothing and see the level
// they interrupted.
//
// Tasks are never woken through `executor`: a woken task goes to its own executor
// (task_node::owner), so a handler that fires during a nested run() queues an outer task on the
// outer executor. A handler that reads `thread_executor` while it changes sees the old or the
// new one; either runs the callback (an executor runs what was queued on it before it returns).
// `thread_pointer` is the core's thread-local storage block (link.ld reserves one per core)
// minus the TCB offset of Arm's TLS variant 1 (__freeco_tls_tcb_offset: 8, or the TLS
// alignment if larger): the compilers address a thread_local as __aeabi_read_tp() + that offset
// + its place in the block. Interrupt handlers and interrupt executors' tasks that touch a
// thread_local share the block of the core they run on.
#pragma once

#include <stdint.h>

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
  uint32_t level = 0;
  freeco::executor* thread_executor = nullptr;
};

inline constinit core_context cores[board::core_count];

// The calling core's record. Valid in thread mode and in interrupt handlers.
[[gnu::always_inline]] inline core_context& this_core() noexcept { return cores[board::core_id()]; }

}  // namespace freeco
