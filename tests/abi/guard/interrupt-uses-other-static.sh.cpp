// While thread mode initialises one static, SysTick handlers use a different static that is
// already initialised: that static's guard says done, nothing is reported, both constructors
// run once.
// RUN: %{build}
// RUN: %{run} --icount %t.elf | FileCheck %s
#include <runtime_test.h>
#include <freeco/systick.hpp>

namespace {
volatile uint32_t constructed = 0;
volatile uint32_t ticks_during_initialisation = 0;
volatile bool initialising = false;

struct table {
  uint32_t scale;
  table() : scale(3) { constructed = constructed + 1; }
};

[[gnu::noinline]] table& scale_table() {
  static table t;
  return t;
}

struct slow {
  uint32_t value;
  slow() : value(5) {
    constructed = constructed + 1;
    initialising = true;
    freeco::systick::start(20);
    for (uint32_t i = 0; i < 1'000'000 && ticks_during_initialisation < 3; ++i) asm volatile("");
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
  if (initialising && scale_table().scale == 3) {
    ticks_during_initialisation = ticks_during_initialisation + 1;
  }
}

extern "C" int main() {
  RUNTIME_CHECK(scale_table().scale == 3);
  RUNTIME_CHECK(instance().value == 5);
  RUNTIME_CHECK(constructed == 2);
  runtime_test::print("handlers during initialisation, at least 3: ", ticks_during_initialisation >= 3);
  return 0;
}
// CHECK: handlers during initialisation, at least 3: 1
