// Shared by the tests of how a coroutine's parameters are copied into its frame: a type that
// counts its copies and moves (in copies and moves), marks a moved-from object with value -1 and
// a destroyed one with -2. A test says `using namespace coro_test::copy_counting;`.
#ifndef FREECO_TESTS_COPY_COUNTER_H
#define FREECO_TESTS_COPY_COUNTER_H

#include "coro_test.h"

namespace coro_test::copy_counting {

inline int copies = 0;
inline int moves = 0;

struct tracked {
  int value;
  explicit tracked(int v) : value(v) {}
  tracked(const tracked& other) : value(other.value) { ++copies; }
  tracked(tracked&& other) : value(other.value) {
    ++moves;
    other.value = -1;
  }
  ~tracked() { value = -2; }
};

}  // namespace coro_test::copy_counting

#endif  // FREECO_TESTS_COPY_COUNTER_H
