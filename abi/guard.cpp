// Guards of function-local statics (ARM EABI: a 32-bit word per static; the compiler tests
// bit 0 inline and calls __cxa_guard_acquire only while it is clear; GCC at -Os on ARMv6-M
// calls it every time, so the done path comes first).
//
// One core and no threads: a guard found in progress can only mean that its initialisation
// has been re-entered, by an interrupt handler or by the initialiser itself. Waiting would
// never end (the initialisation cannot go on under the waiter), so that is reported.
//
//                 acquire: returns 1                release
//   [not started] -----------------> [in progress] ---------> [done]   acquire returns 0
//        0        <-----------------     0x100                  1      (bit 0: the inline
//                       abort              |                             test skips the call)
//                                          | acquire again: re-entered
//                                          v
//                                    report and exit 1
//
// not started -> in progress is one cpu::atomic_update, so an interrupt lands either before
// it (the handler finds the static not started, initialises it itself, and thread mode's
// acquire then finds it done) or after it (the handler finds it in progress: the report).
// Only the code that got 1 from acquire leaves in progress; an interrupt cannot split that
// one store either.
#include <freeco/panic.hpp>
#include <stdint.h>

#include <freeco/target/cpu_atomic.hpp>

namespace {
constexpr uint32_t not_started = 0;
constexpr uint32_t in_progress = 0x100;  // bit 0 clear: the inline test still calls acquire
constexpr uint32_t done = 1;
}  // namespace

extern "C" {

int __cxa_guard_acquire(volatile uint32_t* guard) {
  if (*guard & done) return 0;
  const uint32_t old = freeco::cpu::atomic_update(
      *guard, [](uint32_t state) { return state == not_started ? in_progress : state; });
  if (old == not_started) return 1;
  if (old & done) return 0;  // an interrupt handler initialised it since the test above
  freeco::panic(
      "ERROR(freeco): a function-local static is initialised again while its initialisation "
      "runs: an interrupt handler uses a static that thread mode is still initialising, or its "
      "initialiser calls back into itself. Initialise it before enabling the interrupt, or make "
      "it constinit; 'called from' is in the function that holds the static",
      __builtin_return_address(0));
}

void __cxa_guard_release(volatile uint32_t* guard) {
  asm volatile("" ::: "memory");  // the initialisation's stores stay before the guard's
  *guard = done;
}

void __cxa_guard_abort(volatile uint32_t* guard) {
  asm volatile("" ::: "memory");
  *guard = not_started;
}

}  // extern "C"
