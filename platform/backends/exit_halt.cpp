// The halting exit (freeco::exit_halt, exit_halt.o): interrupts masked and the core asleep
// until the next reset, for a device whose watchdog or user restarts it. What the firmware
// printed before stays the last word on the console.
#include <freeco/exit.hpp>

void freeco::exit(int) {
  asm volatile("cpsid i" ::: "memory");
  // A pending interrupt ends WFI even while masked; the loop sleeps again.
  for (;;) asm volatile("wfi");
}
