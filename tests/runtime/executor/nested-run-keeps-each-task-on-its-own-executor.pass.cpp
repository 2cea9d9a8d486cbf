// A task of the outer executor runs an inner executor to completion (nesting). An interrupt
// that fires meanwhile wakes an outer task: it goes to the outer executor and runs there once
// the inner run() has returned, never inside it; the inner executor's count stays its own;
// and both executors finish. Then a second, successive inner run works the same. Before the
// fix the woken outer task ran inside the inner run() (the check below), and finishing there
// made the inner executor's count of live tasks wrap, so that run() never returned.
#include <freeco/executor.hpp>
#include <freeco/interrupt_event.hpp>
#include <runtime_test.h>
#include <soft_irq.h>

namespace {
constinit freeco::executor outer, inner;
constinit freeco::interrupt_event irq;
int inner_steps = 0;
bool outer_woken = false;

freeco::task<> outer_waiter() {
  co_await irq;
  RUNTIME_CHECK(freeco::this_core().executor == &outer);
  outer_woken = true;
}

freeco::task<> inner_worker() {
  for (int i = 0; i < 3; ++i) {
    if (i == 1) soft_irq::raise();  // the handler wakes outer_waiter
    ++inner_steps;
    co_await freeco::yield();
  }
  RUNTIME_CHECK(freeco::this_core().executor == &inner);
  RUNTIME_CHECK(!outer_woken);  // not while the inner run() lasts
}

freeco::task<> runs_inner() {
  co_await freeco::yield();  // outer_waiter waits now
  for (int round = 0; round < 2; ++round) {
    runtime_test::spawn(inner, inner_worker());
    inner.run();
    RUNTIME_CHECK(freeco::this_core().executor == &outer);
    RUNTIME_CHECK(inner.live_tasks() == 0);
  }
  RUNTIME_CHECK(inner_steps == 6);
}
}  // namespace

void on_soft_irq() { irq.signal(); }

extern "C" int main() {
  soft_irq::enable();
  runtime_test::spawn(outer, outer_waiter());
  runtime_test::spawn(outer, runs_inner());
  outer.run();
  RUNTIME_CHECK(outer_woken && outer.live_tasks() == 0 && freeco::this_core().executor == nullptr);
  runtime_test::print("outer woken after the inner runs: ", outer_woken);
  return 0;
}
// CHECK: outer woken after the inner runs: 1
