// The rule "thread mode only", checked: the runtime's queues, lists and pools are changed from
// tasks without masking, so a call from an interrupt handler would race with the task it
// interrupted. Handlers only signal (interrupt_event::signal, event::set, channel::try_send).
//
// Checked while FREECO_CHECKS is 1: by default unless NDEBUG is defined (a debug build), or set
// it with -DFREECO_CHECKS=0/1. A call from a handler then ends the firmware with the message
// (ERROR(freeco): what was called, and what to do instead) and status 1, as a panic. Off, the
// check is compiled out: no code, no text. Always inlined, so that each file follows its own
// setting.
#pragma once

#include <freeco/panic.hpp>

#include <freeco/target/cpu_mode.hpp>

#ifndef FREECO_CHECKS
#ifdef NDEBUG
#define FREECO_CHECKS 0
#else
#define FREECO_CHECKS 1
#endif
#endif

namespace freeco::detail {

[[gnu::always_inline]] inline void require_thread_mode([[maybe_unused]] const char* what) noexcept {
#if FREECO_CHECKS
  if (cpu::in_interrupt()) panic(what);
#endif
}

}  // namespace freeco::detail
