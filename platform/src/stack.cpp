#include <freeco/stack.hpp>
#include <stdint.h>

extern "C" uint32_t __freeco_stack_limit[], __freeco_stack_top[];  // link.ld

namespace {

constexpr uint32_t paint = 0x5EA1'5EA1u;

// A .preinit_array entry, so linked exactly with used_most(): paints from the stack's end up
// to a little below this function's own frame.
void paint_stack() {
  uint32_t* here;
  asm volatile("mov %0, sp" : "=r"(here));
  for (uint32_t* p = __freeco_stack_limit; p < here - 16; ++p) {
    *p = paint;
    asm volatile("" ::: "memory");  // a loop, not a memset call
  }
}
using init_function = void (*)();
[[gnu::section(".preinit_array"), gnu::used]] const init_function paint_at_boot = paint_stack;

}  // namespace

size_t freeco::stack::size() {
  return static_cast<size_t>(reinterpret_cast<char*>(__freeco_stack_top) - reinterpret_cast<char*>(__freeco_stack_limit));
}

size_t freeco::stack::used_most() {
  const volatile uint32_t* p = __freeco_stack_limit;
  while (p < __freeco_stack_top && *p == paint) ++p;
  return static_cast<size_t>(reinterpret_cast<const volatile char*>(__freeco_stack_top) - reinterpret_cast<const volatile char*>(p));
}
