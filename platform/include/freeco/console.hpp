// The firmware console: semihosting for now, so that output reaches the QEMU runner's stdout.
// Small on purpose: no formatting beyond hex and decimal, no buffering, usable from a fault.
#pragma once

#include <stddef.h>
#include <stdint.h>

namespace freeco::console {

void write(const char* text);
void write(const char* text, size_t length);
void write_hex(uint32_t value);  // 0x%08x
void write_dec(int32_t value);

}  // namespace freeco::console
