// The stack: its size, and its high-water mark, the most it has held since reset.
//
// link.ld puts the stack (__freeco_stack_size bytes, -Wl,--defsym=__freeco_stack_size=N) at
// the bottom of RAM, under .data and .bss: running past its end faults and is reported as
// `ERROR(freeco): stack overflow` instead of overwriting them. For the mark, startup paints the
// stack before any constructor runs, and used_most() finds the deepest word no longer paint.
// Both come with the first call of used_most(): a firmware without it pays nothing. Cost with
// it: about 60 bytes of flash and a boot-time loop over the stack (one store per word).
#pragma once

#include <stddef.h>

namespace freeco::stack {

// The stack's size in bytes.
size_t size();
// The most the stack has held since reset, in bytes. A frame that reserved stack but never
// wrote its deepest words is not counted whole.
size_t used_most();

}  // namespace freeco::stack
