// Arm semihosting: the debugger (here QEMU) performs the call. Used for the console and to end
// firmware with an exit code: the default console and exit back ends (freeco/console.hpp,
// freeco/exit.hpp). Without a debugger attached, bkpt 0xab faults.
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

// Ends the session: QEMU exits with `code` as its status. Inline, so that any exit back end
// (platform/backends/) can use it without linking another.
[[noreturn]] inline void exit(int code) {
  constexpr uint32_t application_exit = 0x20026;  // ADP_Stopped_ApplicationExit
  constexpr uint32_t run_time_error = 0x20023;    // ADP_Stopped_RunTimeErrorUnknown
  const uint32_t block[2] = {application_exit, static_cast<uint32_t>(code)};
  call(op::exit_extended, block);
  // A host without SYS_EXIT_EXTENDED: keep at least success versus failure.
  call(op::exit, reinterpret_cast<const void*>(code == 0 ? application_exit : run_time_error));
  // No host at all: stop here loudly (a fault, then lockup) rather than spin.
  __builtin_trap();
}

}  // namespace freeco::semihosting
