// Opt-in (freeco::atexit_run, for test builds): destructors of statics run when main returns,
// last constructed first, as C++ says; those of thread_locals (main's thread ends with main)
// run before all of them, also newest first. Strong definitions that replace atexit.cpp's weak
// ones; startup (reset.cpp) calls __freeco_run_static_destructors after main if it is linked.
//
// A fixed table, no heap: 8 bytes of RAM per entry. A registration that does not fit is
// reported, not dropped, since a destructor that silently does not run is what a test build
// links this to rule out.
#include <freeco/panic.hpp>
#include <stdint.h>

#include <freeco/target/cpu_atomic.hpp>

namespace freeco::abi {
namespace {

constexpr uint32_t capacity = 32;

struct static_destructor {
  void (*destructor)(void*);
  void* object;
};

constinit static_destructor static_destructors[capacity]{};
// Entries in use: statics' from the bottom of the table (counted in the low half of the word),
// thread_locals' from the top (the high half). One word, so that a slot is claimed with one
// atomic step: statics may be first constructed in an interrupt handler.
constinit volatile uint32_t registered = 0;
constexpr uint32_t one_static = 1, one_thread_local = 1u << 16;

constexpr uint32_t statics(uint32_t n) { return n & 0xffff; }
constexpr uint32_t thread_locals(uint32_t n) { return n >> 16; }

// The slot of the newest entry of `kind` when `n` (which counts it) are in use.
constexpr uint32_t newest(uint32_t kind, uint32_t n) {
  return kind == one_static ? statics(n) - 1 : capacity - thread_locals(n);
}

// `caller`: where the object is constructed, for the report.
int record(uint32_t kind, void (*destructor)(void*), void* object, const void* caller) {
  const uint32_t before = cpu::atomic_update(registered, [kind](uint32_t n) {
    return statics(n) + thread_locals(n) < capacity ? n + kind : n;
  });
  if (statics(before) + thread_locals(before) == capacity) {
    panic("ERROR(freeco): more than 32 statics with destructors (thread_locals included) for "
          "freeco::atexit_run to run at exit: make some trivially destructible, or raise "
          "capacity in abi/atexit_run.cpp; 'called from' is where the 33rd is constructed",
          caller);
  }
  static_destructors[newest(kind, before + kind)] = {destructor, object};
  return 0;
}

}  // namespace
}  // namespace freeco::abi

extern "C" {

int __cxa_atexit(void (*destructor)(void*), void* object, void*) {
  return freeco::abi::record(freeco::abi::one_static, destructor, object, __builtin_return_address(0));
}

int __aeabi_atexit(void* object, void (*destructor)(void*), void*) {
  return freeco::abi::record(freeco::abi::one_static, destructor, object, __builtin_return_address(0));
}

int __cxa_thread_atexit(void (*destructor)(void*), void* object, void*) {
  return freeco::abi::record(freeco::abi::one_thread_local, destructor, object, __builtin_return_address(0));
}

// Thread_locals' first, then statics', each newest first. A destructor may register another (a
// function-local static first used in it): that one is then the newest and runs next, as C++
// requires. Runs in thread mode after main: interrupt handlers must not construct statics by then.
void __freeco_run_static_destructors() {
  using namespace freeco::abi;
  while (const uint32_t n = registered) {
    const uint32_t kind = thread_locals(n) != 0 ? one_thread_local : one_static;
    const static_destructor last = static_destructors[newest(kind, n)];
    registered = n - kind;
    last.destructor(last.object);
  }
}

}  // extern "C"
