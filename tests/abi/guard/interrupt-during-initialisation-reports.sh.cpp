// SysTick fires while thread mode is inside a static's initialiser, and its handler reaches
// the same static: waiting would deadlock (the initialiser cannot go on under the handler),
// so the guard reports the re-entry, naming the function that holds the static, and exits 1.
// RUN: %{build}
// RUN: { %{run} --icount %t.elf 2>&1; echo "exit status: $?"; } > %t.out
// RUN: FileCheck %s < %t.out
// RUN: llvm-symbolizer --obj=%t.elf $(sed -n 's/^  called from //p' %t.out) | FileCheck %s --check-prefix=WHERE
// CHECK: handler entered during initialisation
// CHECK: ERROR(freeco): a function-local static is initialised again while its initialisation runs: an interrupt handler uses a static that thread mode is still initialising, or its initialiser calls back into itself
// CHECK-NEXT: called from 0x
// CHECK-NEXT: exit status: 1
// WHERE: instance()
#include <freeco/console.hpp>
#include <freeco/systick.hpp>

namespace {
volatile bool initialising = false;

struct slow {
  uint32_t value;
  slow() : value(7) {
    initialising = true;
    freeco::systick::start(20);  // 20 clocks: 1250 instructions on microbit, 800 on mps2-an386
    for (uint32_t i = 0; i < 1'000'000; ++i) asm volatile("");
    freeco::systick::stop();
    initialising = false;
  }
};

[[gnu::noinline]] slow& instance() {
  static slow s;
  return s;
}
}  // namespace

extern "C" void SysTick_Handler() {
  freeco::systick::stop();
  if (initialising) freeco::console::write("handler entered during initialisation\n");
  instance();
}

extern "C" int main() { return instance().value == 7 ? 0 : 2; }
