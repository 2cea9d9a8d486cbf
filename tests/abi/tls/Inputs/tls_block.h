// The thread-local storage layout that link.ld gives a firmware and startup sets up, for the
// tests: the calling core's block, and whether an object lies inside it.
#pragma once

#include <freeco/core.hpp>
#include <stdint.h>

extern "C" {
// Absolute symbols (values in bytes) and the first core's block, from link.ld.
extern char __freeco_tls_blocks[], __freeco_tls_block_size[], __freeco_tls_block_count[];
extern char __freeco_tls_tcb_offset[], __freeco_tls_align[];
void* __aeabi_read_tp();
}

namespace tls_block {

inline uintptr_t value(const char* symbol) { return reinterpret_cast<uintptr_t>(symbol); }

// The calling core's block: what its thread pointer leads to.
inline uintptr_t start() {
  return reinterpret_cast<uintptr_t>(freeco::this_core().thread_pointer) + value(__freeco_tls_tcb_offset);
}

inline uintptr_t size() { return value(__freeco_tls_block_size); }

inline bool holds(const volatile void* object, uintptr_t bytes) {
  const uintptr_t at = reinterpret_cast<uintptr_t>(object);
  return at >= start() && at + bytes <= start() + size();
}

}  // namespace tls_block
