// A function-local static with a dynamic initialiser is constructed on the first call only,
// however often the function runs afterwards (GCC at -Os on the M0 calls
// __cxa_guard_acquire every time: its "done" answer must hold).
#include <runtime_test.h>

namespace {
volatile uint32_t constructed = 0;

struct counted {
  uint32_t value;
  counted() : value(constructed + 41) { constructed = constructed + 1; }
};

[[gnu::noinline]] counted& instance() {
  static counted c;
  return c;
}
}  // namespace

extern "C" int main() {
  RUNTIME_CHECK(constructed == 0);
  for (int i = 0; i < 100; ++i) RUNTIME_CHECK(instance().value == 41);
  RUNTIME_CHECK(constructed == 1);
  runtime_test::print("constructed: ", constructed);
  return 0;
}
// CHECK: constructed: 1
