// Stack high-water measurement: paint the free part of the stack, run, and find the deepest
// word that changed.
#pragma once

#include <stdint.h>

extern "C" char __freeco_stack_limit[];  // link.ld: the lowest address of the stack

namespace stack_paint {

constexpr uint32_t paint = 0xC0FF'EE00;

// Paints from the stack's limit up to just below the caller's frame.
[[gnu::noinline]] inline void paint_free_stack() {
  uint32_t here;
  asm volatile("mov %0, sp" : "=r"(here));
  for (auto* p = reinterpret_cast<volatile uint32_t*>(__freeco_stack_limit); reinterpret_cast<uintptr_t>(p) < here - 64; ++p)
    *p = paint;
}

// The lowest address that is no longer paint: how deep the stack has been.
inline uintptr_t deepest_use() {
  auto* p = reinterpret_cast<volatile uint32_t*>(__freeco_stack_limit);
  while (*p == paint) ++p;
  return reinterpret_cast<uintptr_t>(p);
}

}  // namespace stack_paint
