// By default the destructors of statics never run: not after main returns, not at all. The
// registration records nothing, so the image has no destructor table.
// RUN: %{build}
// RUN: %{run} %t.elf | FileCheck %s
// RUN: llvm-nm --defined-only %t.elf | FileCheck %s --check-prefix=NM --implicit-check-not=static_destructors
// CHECK: main returns
// CHECK-NOT: destroyed
// The compilers did register the statics (GCC with __aeabi_atexit, clang with __cxa_atexit):
// NM: {{ W (__aeabi_atexit|__cxa_atexit)$}}
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

noisy global("global");

[[gnu::noinline]] noisy& local() {
  static noisy l("local");
  return l;
}
}  // namespace

extern "C" int main() {
  local();
  freeco::console::write("main returns\n");
  return 0;
}
