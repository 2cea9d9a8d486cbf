// freeco::atexit_run has room for 32 destructors: the 33rd static with a destructor is
// reported when it is constructed (exit 1), not silently left out.
// ADDITIONAL_LINK_FLAGS: %{atexit_run}
// RUN: %{build}
// RUN: { %{run} %t.elf 2>&1; echo "exit status: $?"; } > %t.out
// RUN: FileCheck %s < %t.out
// RUN: llvm-symbolizer --obj=%t.elf $(sed -n 's/^  called from //p' %t.out) | FileCheck %s --check-prefix=WHERE
// CHECK: constructing 32
// CHECK-NEXT: constructing 33
// CHECK: ERROR(freeco): more than 32 statics with destructors
// CHECK-NEXT: called from 0x
// CHECK-NEXT: exit status: 1
// WHERE: touch_all<33>()
#include <freeco/console.hpp>

namespace {
template <int N>
struct numbered {
  ~numbered() { asm volatile(""); }
};

// Constructs the function-local statics of touch<1> ... touch<N>, in that order.
template <int N>
[[gnu::noinline]] void touch_all() {
  if constexpr (N > 1) touch_all<N - 1>();
  freeco::console::write("constructing ");
  freeco::console::write_dec(N);
  freeco::console::write("\n");
  static numbered<N> object;
}
}  // namespace

extern "C" int main() {
  touch_all<33>();
  return 0;
}
