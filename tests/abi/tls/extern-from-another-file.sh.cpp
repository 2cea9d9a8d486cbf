// A thread_local defined in another file, reached through an extern declaration, links and is
// the same object in both files. Without -ftls-model=local-exec (which freeco's flags give)
// GCC would reach it through a GOT entry, which link.ld refuses.
// RUN: %{cxx} %{flags} -c %s -o %t.o
// RUN: %{cxx} %{flags} -c %S/Inputs/defined_elsewhere.cpp -o %t.other.o
// RUN: %{cxx} %t.o %t.other.o -o %t.elf %{link_flags}
// RUN: %{run} %t.elf
#include <stdint.h>

#include "Inputs/tls_block.h"

extern thread_local int32_t shared_initialised;
extern thread_local uint32_t shared_zeroed;
void bump_shared();

extern "C" int main() {
  if (!tls_block::holds(&shared_initialised, 4) || !tls_block::holds(&shared_zeroed, 4)) return 1;
  if (shared_initialised != 1234 || shared_zeroed != 0) return 2;
  bump_shared();
  shared_zeroed += 10;
  bump_shared();
  return shared_initialised == 1236 && shared_zeroed == 12 ? 0 : 3;
}
