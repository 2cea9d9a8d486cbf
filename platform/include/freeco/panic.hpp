// The end of the road for an error the runtime cannot hand back: print it, end the firmware.
#pragma once

namespace freeco {

// Writes `message` (which says ERROR(freeco) or BUG(freeco), what happened and what to do)
// and the caller's address to the console, then exits with status 1. Never returns, never
// spins.
[[noreturn, gnu::cold]] void panic(const char* message) noexcept;
// The same, naming `caller` as the place (for a function that reports on behalf of its caller).
[[noreturn, gnu::cold]] void panic(const char* message, const void* caller) noexcept;

}  // namespace freeco
