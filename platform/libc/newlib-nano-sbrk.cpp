// newlib-nano's malloc grows its heap through _sbrk. libnosys's ignores the heap's end; this
// one stops at __heap_end, which the heap opt-in (freeco::heap_malloc) puts at the end of RAM
// (the heap is all RAM after .noinit). Without the opt-in a malloc is a firmware that asked for no heap using one: newlib-nano's stdio does
// (printf allocates its FILE structures), so say so instead of failing somewhere inside it.
// Its own archive member: linked only when malloc is. (picolibc's malloc has its own sbrk.)
#include <stddef.h>

#include <freeco/console.hpp>
#include <freeco/exit.hpp>

extern "C" char __heap_start[], __heap_end[];
extern "C" [[gnu::weak]] char __freeco_heap[];  // defined (as 1) by the heap opt-in

extern "C" void* _sbrk(ptrdiff_t increment) {
  if (__freeco_heap == nullptr) {
    // The sink and exit, not panic(): they come after this on the link line, panic before.
    static constexpr char message[] =
        "\nERROR(freeco): the C library called malloc, but this firmware has no heap (newlib-nano's "
        "printf, puts and the rest of stdio allocate with it): link the heap opt-in "
        "(freeco::heap_malloc, heap_malloc.o), or use picolibc, whose stdio needs none\n";
    freeco::console::sink(message, sizeof message - 1);
    freeco::exit(1);
  }
  static char* brk = __heap_start;
  if (increment > __heap_end - brk || increment < __heap_start - brk) return reinterpret_cast<void*>(-1);
  char* previous = brk;
  brk += increment;
  return previous;
}
