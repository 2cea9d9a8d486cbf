// A recursion that never ends on its own: each call keeps 64 bytes and more of stack alive, so
// that it runs the stack past its end. For the stack-overflow tests.
#pragma once

inline volatile int runaway_sink;
inline volatile int runaway_depth_limit = 1 << 30;  // never reached: the stack runs out long before

[[gnu::noinline]] inline int runaway_recursion(int n) {
  volatile char pad[64];
  pad[0] = static_cast<char>(n);
  runaway_sink = pad[0];
  return n == runaway_depth_limit ? 0 : runaway_recursion(n + 1) + pad[0];
}
