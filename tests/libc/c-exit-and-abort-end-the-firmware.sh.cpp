// REQUIRES: libc
// The C library's exit() ends the firmware through freeco's exit with its status, and
// abort() reports and exits 1.
// RUN: %{build} -DCALL_EXIT
// RUN: { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s --check-prefix=EXIT
// RUN: %{build} -DCALL_ABORT
// RUN: { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s --check-prefix=ABORT
// EXIT: exit status: 3{{$}}
// ABORT: ERROR(freeco): abort() called
// ABORT: exit status: 1{{$}}
#include <stdlib.h>

int main() {
#ifdef CALL_EXIT
  exit(3);
#else
  abort();
#endif
}
