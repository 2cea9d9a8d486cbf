// While thread mode initialises one static, a SysTick handler is the first to reach another
// one and initialises it: guards are independent, so neither is reported as re-entered.
// RUN: %{build}
// RUN: %{run} --icount %t.elf | FileCheck %s
#include <runtime_test.h>
#include <freeco/systick.hpp>

namespace {
volatile uint32_t handler_value = 0;
volatile bool initialising = false;

struct lookup {
  uint32_t value;
  lookup() : value(9) {}
};

[[gnu::noinline]] lookup& handler_lookup() {
  static lookup l;
  return l;
}

struct slow {
  uint32_t value;
  slow() : value(5) {
    initialising = true;
    freeco::systick::start(20);
    for (uint32_t i = 0; i < 1'000'000 && handler_value == 0; ++i) asm volatile("");
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
  if (initialising) handler_value = handler_lookup().value;
}

extern "C" int main() {
  RUNTIME_CHECK(instance().value == 5);
  runtime_test::print("initialised in the handler: ", handler_value);
  return 0;
}
// CHECK: initialised in the handler: 9
