// A coroutine bound to a dedicated pool (in_pool) whose frame exceeds that pool's slot does not
// build, even though the shared slot classes would fit it.
// RUN: not %{cxx} %{flags} -O1 -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: not %{cxx} %{flags} -O2 -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: not %{cxx} %{flags} -Os -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: not %{cxx} %{flags} -Og -c %s -o %t.o 2>&1 | FileCheck %s
#include <freeco/executor.hpp>

extern volatile unsigned char sink;
constinit freeco::frame_pool<16, 2> tiny_frames;

freeco::task<> medium(freeco::in_pool<tiny_frames>) {
  volatile unsigned char state[40];
  for (auto& b : state) b = sink;
  co_await freeco::yield();
  sink = state[7];
}

void make() { auto t = medium({}); }

// CHECK: ERROR(freeco): coroutine frame larger than the largest pool slot
