// picolibc's errno is a thread_local of the C library: it lies in the core's block, and
// strtol, which sets it from inside the library, sets the one the program reads.
// REQUIRES: libc=picolibc
#include <errno.h>
#include <limits.h>
#include <stdlib.h>

#include "Inputs/tls_block.h"

extern "C" int main() {
  if (!tls_block::holds(&errno, sizeof errno)) return 1;
  errno = 0;
  if (strtol("99999999999999999999", nullptr, 10) != LONG_MAX) return 2;
  return errno == ERANGE ? 0 : 3;
}
