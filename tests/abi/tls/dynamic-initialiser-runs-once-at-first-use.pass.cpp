// A thread_local with a constructor that is not constexpr is constructed on its first use (GCC
// and clang both defer it, through a TLS init function and a thread-local guard, which live in
// the block too), exactly once, and keeps what is written to it.
#include <stdint.h>

#include "Inputs/tls_block.h"

namespace {
int constructed = 0;

struct counter {
  counter() : value(100 + ++constructed) {}
  int value;
};

thread_local counter tally;

[[gnu::noinline]] int bump() { return ++tally.value; }
}  // namespace

extern "C" int main() {
  if (constructed != 0) return 1;
  if (bump() != 102 || constructed != 1) return 2;
  if (bump() != 103 || constructed != 1) return 3;
  return tls_block::holds(&tally, sizeof tally) && tally.value == 103 && constructed == 1 ? 0 : 4;
}
