// A thread_local with a destructor links (the compilers register it with __cxa_thread_atexit
// when it is constructed) and, by default, its destructor never runs: main's thread, the only
// one, never ends.
#include <freeco/console.hpp>

namespace {
struct noisy {
  int value = 1;
  noisy() { freeco::console::write("constructed\n"); }
  ~noisy() { freeco::console::write("destroyed\n"); }
};

thread_local noisy object;
}  // namespace

extern "C" int main() {
  const int value = object.value;
  freeco::console::write("main returns\n");
  return value == 1 ? 0 : 1;
}
// CHECK: constructed
// CHECK-NEXT: main returns
// CHECK-NOT: destroyed
