// A coroutine whose frame is larger than the largest slot class does not build, at every
// optimisation level but -O0 (frame-too-large-at-O0.sh.cpp covers that one).
// RUN: not %{cxx} %{flags} -O1 -c %s -o %t.o 2>&1 | FileCheck %s %{diag_check}
// RUN: not %{cxx} %{flags} -O2 -c %s -o %t.o 2>&1 | FileCheck %s %{diag_check}
// RUN: not %{cxx} %{flags} -Os -c %s -o %t.o 2>&1 | FileCheck %s %{diag_check}
// RUN: not %{cxx} %{flags} -Og -c %s -o %t.o 2>&1 | FileCheck %s %{diag_check}
// RUN: not %{cxx} %{flags} -Oz -c %s -o %t.o 2>&1 | FileCheck %s %{diag_check}
#include <freeco/executor.hpp>

extern volatile unsigned char sink;

freeco::task<> big() {
  volatile unsigned char state[400];  // lives across the co_await: in the frame
  for (auto& b : state) b = sink;
  co_await freeco::yield();
  sink = state[7];
}

void make() { auto t = big(); }

// A warning names the largest slot (the template argument); GCC's also names the coroutine
// (clang has no way to). The assembler's error that fails the build gives both sizes.
// CHECK-GCC: inlined from 'freeco::task<> big()'
// CHECK: warning: call to {{.*}}frame_too_large<256{{u?}}>{{.*}}ERROR(freeco): coroutine frame larger than the largest pool slot
// CHECK: {{[Ee]}}rror: ERROR(freeco): a coroutine frame of {{4[0-9][0-9]}} bytes is larger than the largest pool slot (256 bytes): enlarge
// CHECK-NOT: {{[Ee]}}rror:
