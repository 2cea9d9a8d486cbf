// __aeabi_read_tp returns the calling core's thread pointer from the per-core context slot,
// which startup points the TCB offset before the core's block (the first core's is link.ld's
// __freeco_tls_blocks); a thread_local then lies in that block, in thread mode and in an
// interrupt handler alike.
#include <stdint.h>

#include "Inputs/tls_block.h"

namespace {
thread_local uint32_t counter = 5;
volatile bool handler_saw_block = false;
}  // namespace

extern "C" void SVC_Handler() {
  handler_saw_block = __aeabi_read_tp() == freeco::this_core().thread_pointer && tls_block::holds(&counter, 4);
  ++counter;
}

extern "C" int main() {
  if (freeco::this_core().thread_pointer == nullptr) return 1;
  if (__aeabi_read_tp() != freeco::this_core().thread_pointer) return 2;
  if (tls_block::start() != reinterpret_cast<uintptr_t>(__freeco_tls_blocks)) return 3;
  if (!tls_block::holds(&counter, sizeof counter)) return 4;
  asm volatile("svc 0" ::: "memory");
  return handler_saw_block && counter == 6 ? 0 : 5;
}
