// A task woken by an interrupt runs even while another task keeps making itself ready (it
// yields in a loop until the woken task tells it to stop): the executor takes interrupt wakes
// at every round, not only when its queue runs empty. Starving it would loop for ever: a
// timeout.
// RUN: %{build}
// RUN: %{run} --icount %t.elf | FileCheck %s
#include <freeco/interrupt_event.hpp>
#include <runtime_test.h>
#include <freeco/systick.hpp>

namespace {
constinit freeco::executor executor;
constinit freeco::interrupt_event event;
bool stop = false;
unsigned spins = 0;

freeco::task<> busy() {
  while (!stop) {
    ++spins;
    co_await freeco::yield();
  }
}
freeco::task<> woken() {
  co_await event;
  stop = true;
}
}  // namespace

extern "C" void SysTick_Handler() {
  freeco::systick::stop();
  event.signal();
}

extern "C" int main() {
  runtime_test::spawn(executor, woken());
  runtime_test::spawn(executor, busy());
  freeco::systick::start(100);
  executor.run();
  runtime_test::print("busy task yielded before the woken task ran: ", spins > 10);
  return 0;
}
// CHECK: busy task yielded before the woken task ran: 1
