// A program with no thread_local of its own, whose C library sets errno (picolibc's strtol):
// the __aeabi_read_tp linked is freeco's (picolibc's own reads a pointer only its crt0 sets,
// and would put errno outside any block), so ERANGE lands in the core's block.
// REQUIRES: libc=picolibc
// RUN: %{build}
// RUN: %{run} %t.elf
// RUN: llvm-nm %t.elf | FileCheck %s --implicit-check-not='B __tls'
// CHECK: W __aeabi_read_tp
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>

#include "Inputs/tls_block.h"

extern "C" int main() {
  if (tls_block::size() == 0) return 1;
  if (strtol("99999999999999999999", nullptr, 10) != LONG_MAX) return 2;
  const auto* word = reinterpret_cast<const volatile int*>(tls_block::start());
  for (uintptr_t i = 0; i < tls_block::size() / sizeof(int); ++i) {
    if (word[i] == ERANGE) return 0;
  }
  return 3;
}
