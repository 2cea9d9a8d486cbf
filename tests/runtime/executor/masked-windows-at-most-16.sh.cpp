// Interrupts stay masked for at most 16 instructions at a time (the budget on the Cortex-M0),
// on every path through every masked window of a firmware that reaches every masking site of
// the runtime: interrupt_event::signal() from SysTick and from a task, a task awaiting an
// interrupt_event, the executor taking and queueing interrupt wakes, and the executor's sleep.
// tests/tools/window_check.py finds the windows in the disassembly and fails on a window
// that is too long, calls out, loops or is not closed within its function. On the M4 the
// atomic updates use LDREX/STREX, so the masked windows are the executor's sleep and
// interrupt_event::signal's step that takes the waiter and queues its task (one step, so that
// no more urgent level can cancel the task in between).
//
// First the script itself, so that it cannot pass silently: hand-written windows that break
// each rule must make it fail. Then the firmware.
// RUN: %{cxx} %{flags} -c %S/Inputs/masked-windows.cpp -o %t.inputs.o
// RUN: %{objdump} -d %t.inputs.o > %t.inputs.dis
// RUN: not python3 %S/../../tools/window_check.py --limit 16 %t.inputs.dis > %t.inputs.out 2>&1
// RUN: FileCheck %S/Inputs/masked-windows.cpp --implicit-check-not=ERROR < %t.inputs.out
//
// RUN: %{build}
// RUN: %{run} %t.elf
// RUN: %{objdump} -d -C %t.elf > %t.dis
// RUN: python3 %S/../../tools/window_check.py --limit 16 %t.dis | FileCheck %s %{arch_check}
//
// CHECK-DAG:    masked window: {{[0-9]+}} instructions {{.*}} in freeco::executor::loop(bool) at
// CHECK-DAG:    masked window: {{[0-9]+}} instructions {{.*}} in freeco::interrupt_event::signal() at
// CHECK-ARMV6M-DAG: masked window: {{[0-9]+}} instructions {{.*}} in freeco::executor::take_interrupt_wakes() at
// CHECK-ARMV7EM: masked windows: 2{{$}}
// CHECK:        longest masked window: {{[0-9]+}} instructions in
#include <freeco/executor.hpp>
#include <freeco/interrupt_event.hpp>
#include <stdint.h>
#include <freeco/systick.hpp>

namespace {
constinit freeco::executor executor;
constinit freeco::interrupt_event tick;

constexpr unsigned handler_signals = 3;
volatile unsigned handler_count = 0;
unsigned received = 0;
int child_result = 0;

freeco::task<int> child() {
  co_await freeco::yield();
  co_return 7;
}

freeco::task<> worker() {
  child_result = co_await child();
  tick.signal();  // from task code
  co_await freeco::yield();
}

// Suspends on the event while nothing is pending, so that the executor sleeps until SysTick.
freeco::task<> waiter() {
  while (received < handler_signals + 1) received += co_await tick;
}
}  // namespace

extern "C" void SysTick_Handler() {
  if (handler_count < handler_signals) {
    handler_count = handler_count + 1;
    tick.signal();
  } else {
    freeco::systick::stop();
  }
}

extern "C" int main() {
  freeco::systick::start(20000);
  if (executor.spawn(waiter()) != freeco::spawn_status::spawned) return 1;
  if (executor.spawn(worker()) != freeco::spawn_status::spawned) return 1;
  executor.run();
  if (received != handler_signals + 1 || child_result != 7) return 2;
  return executor.live_tasks() == 0 ? 0 : 3;
}
