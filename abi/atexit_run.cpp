// Opt-in (freeco::atexit_run, for test builds): destructors of statics run when main returns,
// last constructed first, as C++ says. Strong definitions that replace atexit.cpp's weak ones;
// startup (reset.cpp) calls __freeco_run_static_destructors after main if it is linked.
//
// A fixed table, no heap: 8 bytes of RAM per entry. A registration that does not fit is
// reported, not dropped, since a destructor that silently does not run is what a test build
// links this to rule out.
#include <freeco/panic.hpp>
#include <stdint.h>

#include "cpu_atomic.hpp"

namespace freeco::abi {
namespace {

constexpr uint32_t capacity = 32;

struct static_destructor {
  void (*destructor)(void*);
  void* object;
};

constinit static_destructor static_destructors[capacity]{};
// Entries in use. Statics may be first constructed in an interrupt handler, so a slot is
// claimed with one atomic step.
constinit volatile uint32_t registered = 0;

// `caller`: where the static is constructed, for the report.
int record(void (*destructor)(void*), void* object, const void* caller) {
  const uint32_t slot = cpu::atomic_update(
      registered, [](uint32_t n) { return n < capacity ? n + 1 : n; });
  if (slot == capacity) {
    panic("ERROR(freeco): more than 32 statics with destructors for freeco::atexit_run to run "
          "at exit: make some trivially destructible, or raise capacity in "
          "abi/atexit_run.cpp; 'called from' is where the 33rd is constructed",
          caller);
  }
  static_destructors[slot] = {destructor, object};
  return 0;
}

}  // namespace
}  // namespace freeco::abi

extern "C" {

int __cxa_atexit(void (*destructor)(void*), void* object, void*) {
  return freeco::abi::record(destructor, object, __builtin_return_address(0));
}

int __aeabi_atexit(void* object, void (*destructor)(void*), void*) {
  return freeco::abi::record(destructor, object, __builtin_return_address(0));
}

// Newest first. A destructor may register another (a function-local static first used in
// it): that one is then the newest and runs next, as C++ requires. Runs in thread mode after
// main: interrupt handlers must not construct statics by then.
void __freeco_run_static_destructors() {
  using freeco::abi::registered, freeco::abi::static_destructors;
  while (registered != 0) {
    const uint32_t last = registered - 1;
    registered = last;
    static_destructors[last].destructor(static_destructors[last].object);
  }
}

}  // extern "C"
