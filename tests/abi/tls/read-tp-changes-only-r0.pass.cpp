// __aeabi_read_tp keeps r1-r3 (the run-time ABI lets it change only r0, ip, lr and the flags;
// compilers keep values in r1-r3 across the call): called from assembly with known values in
// them, they come back unchanged, and r0 holds the thread pointer.
#include <stdint.h>

#include "Inputs/tls_block.h"

extern "C" int main() {
  register uint32_t r0 asm("r0");
  register uint32_t r1 asm("r1") = 0x1111'1111;
  register uint32_t r2 asm("r2") = 0x2222'2222;
  register uint32_t r3 asm("r3") = 0x3333'3333;
  asm volatile("bl __aeabi_read_tp" : "=r"(r0), "+r"(r1), "+r"(r2), "+r"(r3) : : "ip", "lr", "cc", "memory");
  if (r1 != 0x1111'1111 || r2 != 0x2222'2222 || r3 != 0x3333'3333) return 1;
  return r0 == reinterpret_cast<uintptr_t>(freeco::this_core().thread_pointer) ? 0 : 2;
}
