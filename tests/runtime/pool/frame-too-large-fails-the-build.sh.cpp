// A coroutine whose frame is larger than the largest slot class does not build, at every
// optimisation level but -O0 (frame-too-large-at-O0.sh.cpp covers that one).
// RUN: not %{cxx} %{flags} -O1 -c %s -o %t.o 2>&1 | FileCheck %s %{diag_check}
// RUN: not %{cxx} %{flags} -O2 -c %s -o %t.o 2>&1 | FileCheck %s %{diag_check}
// RUN: not %{cxx} %{flags} -Os -c %s -o %t.o 2>&1 | FileCheck %s %{diag_check}
// RUN: not %{cxx} %{flags} -Og -c %s -o %t.o 2>&1 | FileCheck %s %{diag_check}
#include <freeco/executor.hpp>

extern volatile unsigned char sink;

freeco::task<> big() {
  volatile unsigned char state[400];  // lives across the co_await: in the frame
  for (auto& b : state) b = sink;
  co_await freeco::yield();
  sink = state[7];
}

void make() { auto t = big(); }

// The error names the largest slot (the template argument); GCC also names the coroutine.
// CHECK-GCC: inlined from 'freeco::task<> big()'
// CHECK: frame_too_large<256{{u?}}>{{.*}}ERROR(freeco): coroutine frame larger than the largest pool slot
