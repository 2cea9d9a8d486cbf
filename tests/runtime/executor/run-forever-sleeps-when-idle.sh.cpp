// run_forever() does not return when every task has finished: it sleeps, and interrupts still
// run (here SysTick ends the firmware after three more ticks). run() would have returned.
// RUN: %{build}
// RUN: %{run} --icount %t.elf | FileCheck %s
#include <freeco/semihosting.hpp>
#include <runtime_test.h>
#include <freeco/systick.hpp>

namespace {
constinit freeco::executor executor;
volatile unsigned ticks = 0;
bool finished = false;

freeco::task<> short_lived() {
  finished = true;
  co_return;
}
}  // namespace

extern "C" void SysTick_Handler() {
  ticks = ticks + 1;
  if (ticks == 3) {
    runtime_test::print("task finished, executor still running: ", finished && executor.live_tasks() == 0);
    freeco::semihosting::exit(0);
  }
}

extern "C" int main() {
  runtime_test::spawn(executor, short_lived());
  freeco::systick::start(1000);
  executor.run_forever();
}
// CHECK: task finished, executor still running: 1
