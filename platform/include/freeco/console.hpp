// The firmware console: where freeco's messages, panics, fault reports and the C library's
// stdout and stderr go. Small on purpose: no formatting beyond hex and decimal, no buffering,
// usable from a fault handler and before main.
//
// The text ends in one sink, chosen at link time (README.md, "Console and exit"):
//   semihosting  the debugger's console (QEMU: the runner's stdout); the default
//   uart         the board's serial port, polled (freeco::console_uart, console_uart.o)
//   none         dropped (freeco::console_none, console_none.o)
// or a firmware's own: define freeco::console::sink. The default is a weak definition, so any
// other replaces it.
#pragma once

#include <stddef.h>
#include <stdint.h>

namespace freeco::console {

// Writes `length` bytes. Called with interrupts enabled or masked, from thread mode, handlers
// and faults alike: a sink must neither block on an interrupt nor allocate.
void sink(const char* text, size_t length);

void write(const char* text);
void write(const char* text, size_t length);
void write_hex(uint32_t value);  // 0x%08x
void write_dec(int32_t value);

}  // namespace freeco::console
