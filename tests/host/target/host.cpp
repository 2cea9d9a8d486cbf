// What the Cortex-M build gets from startup/ and libcore/src/panic.cpp, for the host tests.
#include <freeco/panic.hpp>
#include <stdio.h>
#include <stdlib.h>

#include <freeco/target/cpu_mode.hpp>

extern "C" void SysTick_Handler();  // libcore/src/time.cpp

namespace freeco {

// As on the target (message, then where from), to stderr; abort() ends the test, and a death
// test (EXPECT_DEATH) matches the message.
void panic(const char* message) noexcept { panic(message, __builtin_return_address(0)); }

void panic(const char* message, const void* caller) noexcept {
  fprintf(stderr, "\n%s\n  called from %p\n", message, caller);
  fflush(stderr);
  abort();
}

namespace host {

void tick() { SysTick_Handler(); }

void idle(volatile uintptr_t& wakes) {
  static unsigned long idle_rounds = 0;  // in a row, with nothing woken
  as_interrupt(on_idle);
  if (wakes != 0) {
    idle_rounds = 0;
    return;
  }
  if (++idle_rounds < idle_limit) return;
  fprintf(stderr,
          "\nfreeco host test: the executor was idle for %lu rounds and nothing woke it: a task "
          "waits for something that never comes\n",
          idle_rounds);
  fflush(stderr);
  abort();
}

}  // namespace host

}  // namespace freeco
