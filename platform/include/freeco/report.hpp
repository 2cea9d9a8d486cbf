// The runtime's reports: what it says when it ends a firmware on its own. Each has two
// definitions with the same exit status:
//   full    weak, in freeco's archives: ERROR(freeco) text on the console, then freeco::exit
//   silent  in console_none.o (platform/backends/console_none.cpp): only freeco::exit
// A firmware with no console so links none of the text and none of the code that formats it
// (README.md, "What each piece costs"). Choosing the silent console replaces all of them at
// once, so this list and console_none.cpp must stay in step: a full definition that had no
// silent twin would be linked again, and its text with it.
#pragma once

#include <stddef.h>
#include <stdint.h>

#include <freeco/panic.hpp>  // freeco::panic: status 1

extern "C" {
// An exception with no handler, entered from startup's default handler (startup/vectors.cpp)
// with the registers and stack as the exception left them, the stack possibly overflowed
// (startup/fault.cpp): status 128 + the exception number.
[[noreturn]] void freeco_unhandled_exception();
// libgcc's division by zero (abi/divide_by_zero.cpp): status 1.
[[noreturn]] void __aeabi_idiv0();
[[noreturn]] void __aeabi_ldiv0();
}

namespace freeco::detail {
// A coroutine frame larger than the largest pool slot, found at run time (only at -O0; every
// other level fails the build: freeco/frame_pool.hpp), reported with both sizes and the caller,
// the coroutine: status 1 (platform/src/panic.cpp).
[[noreturn, gnu::cold]] void report_frame_too_large(size_t frame, size_t largest_slot) noexcept;
// At boot, under the reset exit: the status the previous run ended with
// (platform/src/previous_exit_report.cpp).
void report_previous_exit(int status);
}  // namespace freeco::detail
