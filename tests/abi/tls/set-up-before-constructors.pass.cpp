// Thread-local storage is set up before anything in .preinit_array or .init_array runs: a
// .preinit_array function and a static's constructor both see the initialised values, and what
// the constructor writes is still there in main (startup does not set the block up again).
// The thread_locals are volatile, so that no compiler evaluates the constructor at compile time.
#include <stdint.h>

namespace {
thread_local volatile uint32_t initialised = 0x600D;
thread_local volatile uint32_t zeroed;
uint32_t seen_by_preinit, seen_by_constructor;

void preinit() { seen_by_preinit = initialised + zeroed; }
[[gnu::section(".preinit_array"), gnu::used]] void (*const preinit_entry)() = preinit;

struct reader {
  reader() {
    seen_by_constructor = initialised + zeroed;
    zeroed = 1;
  }
};
reader at_startup;
}  // namespace

extern "C" int main() {
  if (seen_by_preinit != 0x600D) return 1;
  if (seen_by_constructor != 0x600D) return 2;
  return zeroed == 1 ? 0 : 3;
}
