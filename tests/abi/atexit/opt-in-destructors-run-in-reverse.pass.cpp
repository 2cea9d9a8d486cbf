// With freeco::atexit_run linked, the destructors of statics run after main returns, the
// last constructed first (a function-local static constructed in main counts as newest).
// ADDITIONAL_LINK_FLAGS: %{atexit_run}
#include <freeco/console.hpp>

namespace {
struct noisy {
  const char* name;
  explicit noisy(const char* n) : name(n) {}
  ~noisy() {
    freeco::console::write("destroyed ");
    freeco::console::write(name);
    freeco::console::write("\n");
  }
};

noisy first("first");
noisy second("second");

[[gnu::noinline]] noisy& third() {
  static noisy n("third");
  return n;
}
}  // namespace

extern "C" int main() {
  third();
  freeco::console::write("main returns\n");
  return 0;
}
// CHECK: main returns
// CHECK-NEXT: destroyed third
// CHECK-NEXT: destroyed second
// CHECK-NEXT: destroyed first
// CHECK-NOT: destroyed
