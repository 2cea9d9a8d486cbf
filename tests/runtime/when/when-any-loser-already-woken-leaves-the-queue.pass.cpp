// A loser that was woken but has not run yet when when_any cancels it, queued by a task (an
// event set in the same round) or by an interrupt handler (an interrupt_event signalled), is
// taken out of the executor's queues: it never runs, and its frame is freed. Each signal it
// had taken goes back to its interrupt_event.
#include <freeco/event.hpp>
#include <freeco/interrupt_event.hpp>
#include <freeco/when.hpp>
#include <runtime_test.h>
#include <soft_irq.h>

namespace {
constinit freeco::executor executor;
constinit freeco::event go;
constinit freeco::interrupt_event irq_event;
int loser_ran = 0;

freeco::task<int> finishes_after_setting() {
  co_await freeco::yield();  // the losers wait by now
  go.set();                  // wakes the event loser: queued behind us
  soft_irq::raise();         // wakes the interrupt loser: queued by the handler
  co_return 1;               // we finish first: the parent resumes before either loser
}
freeco::task<int> waits_for_event() {
  co_await go;
  ++loser_ran;
  co_return 2;
}
freeco::task<int> waits_for_interrupt() {
  co_await irq_event;
  ++loser_ran;
  co_return 3;
}

freeco::task<> race() {
  auto r = co_await freeco::when_any(finishes_after_setting(), waits_for_event(), waits_for_interrupt());
  RUNTIME_CHECK(r.index == 0);
  co_await freeco::yield();
  co_await freeco::yield();
  RUNTIME_CHECK(loser_ran == 0);
  RUNTIME_CHECK(co_await irq_event == 1);  // the signal the cancelled loser took is back
}
}  // namespace

void on_soft_irq() { irq_event.signal(); }

extern "C" int main() {
  soft_irq::enable();
  runtime_test::spawn(executor, race());
  executor.run();
  RUNTIME_CHECK(loser_ran == 0 && runtime_test::frames_in_use() == 0);
  return 0;
}
