// How a firmware ends: main's return, freeco::exit, a panic, a fault report, the C library's
// exit() and abort() all come here. The policy is chosen at link time (README.md, "Console
// and exit"):
//   semihosting  the debugger ends the session with the status (QEMU exits with it); the
//                default. Without a debugger attached the call faults, so real devices use:
//   reset        SYSRESETREQ; the status survives in a .noinit word and the next boot
//                reports it (freeco::exit_reset, exit_reset.o)
//   halt         interrupts masked, the core asleep until reset (freeco::exit_halt,
//                exit_halt.o)
// or a firmware's own: define freeco::exit.
//
// Statuses: 0 success; 1 a panic, a failed assert or std::terminate; 128 + n an unhandled
// exception n (131 HardFault); anything else the firmware's own.
#pragma once

#include <stdint.h>

namespace freeco {

[[noreturn]] void exit(int status);

// With the reset exit: how the run before this boot ended. `valid` is false after power-on
// or when the previous run did not end through freeco::exit.
struct previous_run {
  bool valid;
  int status;
};
previous_run previous_exit();

}  // namespace freeco
