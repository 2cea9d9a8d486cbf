// Over-aligned thread_locals end up aligned, zero-initialised (.tbss) and initialised (.tdata)
// alike: the block starts at the strictest alignment and the thread pointer lies the TCB offset
// (then that alignment, 32) before it, as the linkers assume when they place the variables.
// A 1-byte thread_local first puts every later one off any boundary.
#include <stdint.h>

#include "Inputs/tls_block.h"

namespace {
thread_local char first = 'f';
alignas(16) thread_local uint32_t zero16;
alignas(32) thread_local uint32_t initialised32 = 32;
alignas(8) thread_local int64_t wide8 = 8;

bool aligned(const volatile void* p, uintptr_t alignment) {
  return reinterpret_cast<uintptr_t>(p) % alignment == 0;
}
}  // namespace

extern "C" int main() {
  if (tls_block::value(__freeco_tls_align) != 32 || tls_block::value(__freeco_tls_tcb_offset) != 32) return 1;
  if (!aligned(&zero16, 16) || !aligned(&initialised32, 32) || !aligned(&wide8, 8)) return 2;
  if (!tls_block::holds(&zero16, 4) || !tls_block::holds(&initialised32, 4) || !tls_block::holds(&wide8, 8)) return 3;
  zero16 = 16;
  return first == 'f' && zero16 == 16 && initialised32 == 32 && wide8 == 8 ? 0 : 4;
}
