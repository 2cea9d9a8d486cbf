// Arm semihosting: the debugger (here QEMU) performs the call. Used for the console and to end
// firmware with an exit code; it is the only host channel a test build needs.
#pragma once

#include <stdint.h>

namespace freeco::semihosting {

enum class op : uint32_t {
  write0 = 0x04,         // write a NUL-terminated string to the console
  exit = 0x18,           // end the session, reason only
  exit_extended = 0x20,  // end the session with an exit code
};

// bkpt 0xab with the operation in r0 and its argument block in r1; the result comes back in r0.
inline uint32_t call(op operation, const void* argument) {
  register uint32_t r0 asm("r0") = static_cast<uint32_t>(operation);
  register const void* r1 asm("r1") = argument;
  asm volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
  return r0;
}

// Ends the firmware: QEMU exits with `code` as its status.
[[noreturn]] void exit(int code);

}  // namespace freeco::semihosting
