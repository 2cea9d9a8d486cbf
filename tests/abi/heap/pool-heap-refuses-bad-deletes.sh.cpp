// The heap from freeco pools (FREECO_HEAP_FROM_POOL) refuses a delete that would corrupt its free
// lists: a pointer into the middle of a block, a block deleted twice, an address in the pool
// that was never handed out. Each ends the run with ERROR(freeco) and status 1, before the
// pool changes; before, the range check alone let all three through.
// RUN: %{build} -DCASE=1 && { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s --check-prefix=INTERIOR
// RUN: %{build} -DCASE=2 && { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s --check-prefix=TWICE
// RUN: %{build} -DCASE=3 && { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s --check-prefix=NEVER
// INTERIOR: deleting
// INTERIOR: ERROR(freeco): operator delete of a pointer that the heap pool (FREECO_HEAP_FROM_POOL) did not hand out or that was deleted already
// INTERIOR: exit status: 1{{$}}
// TWICE: deleting
// TWICE: ERROR(freeco): operator delete of a pointer
// TWICE: exit status: 1{{$}}
// NEVER: deleting
// NEVER: ERROR(freeco): operator delete of a pointer
// NEVER: exit status: 1{{$}}
#include <freeco/console.hpp>
#include <freeco/heap_pool.hpp>

namespace {
constinit freeco::frame_pools<freeco::frame_pool<16, 4>> heap_blocks;
}
FREECO_HEAP_FROM_POOL(heap_blocks);

int main() {
  char* a = static_cast<char*>(::operator new(8));
  char* const b = static_cast<char*>(::operator new(8));
  char* volatile b_again = b;  // GCC refuses to compile a delete it can see is wrong
  ::operator delete(b);
#if CASE == 1
  char* volatile wrong = a + 4;
  (void)b_again;
#elif CASE == 2
  (void)a;
  char* volatile wrong = b_again;
#else
  char* volatile wrong = a + 2 * 16;  // the third block: never handed out
  (void)b_again;
#endif
  freeco::console::write("deleting\n");
  ::operator delete(wrong);
  freeco::console::write("the pool took it\n");
}
