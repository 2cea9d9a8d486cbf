// With freeco::atexit_run linked, the destructors of thread_locals run after main returns,
// newest first, and all of them before those of statics, as C++ requires, even a static
// constructed after a thread_local (a single newest-first list would interleave them).
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

noisy global("static global");
thread_local noisy first("thread_local first");
thread_local noisy second("thread_local second");

[[gnu::noinline]] noisy& local() {
  static noisy n("static local");
  return n;
}

[[gnu::noinline]] const char* use(noisy& n) { return n.name; }
}  // namespace

extern "C" int main() {
  use(first);
  use(local());
  use(second);
  freeco::console::write("main returns\n");
  return 0;
}
// CHECK: main returns
// CHECK-NEXT: destroyed thread_local second
// CHECK-NEXT: destroyed thread_local first
// CHECK-NEXT: destroyed static local
// CHECK-NEXT: destroyed static global
// CHECK-NOT: destroyed
