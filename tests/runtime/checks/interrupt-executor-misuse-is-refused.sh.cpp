// An interrupt_executor used wrongly ends the firmware with ERROR(freeco) and status 1: a
// priority below 0x40 (0 is the clock's), start() twice or two executors on one line, start()
// once an executor runs. Events, channels and mutexes change their waiter lists without
// masking at their home level only, so in a debug build (freeco/thread_mode.hpp) an urgent task
// may not wait on or take from thread mode's (co_await an event, receive, try_receive,
// try_lock), nor may thread mode try_send into a channel whose home level, `urgent`, preempts
// it. What crosses levels works (OK): an urgent task waits on an event of its own level that a
// thread-mode task sets, then sets thread mode's event and try_sends into its channel, whose
// waiters run once the urgent task has returned. run_pending() from main (CASE 9) is refused
// too: its check is inline, so it follows the test's build type, not the library's.
// RUN: %{build} -DCASE=1 && { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s --check-prefix=PRIORITY
// RUN: %{build} -DCASE=2 && { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s --check-prefix=TWICE
// RUN: %{build} -DCASE=3 && { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s --check-prefix=TWICE
// RUN: %{build} -DCASE=4 && { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s --check-prefix=RUNNING
// RUN: %{build} -DCASE=5 && { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s --check-prefix=EVENT
// RUN: %{build} -DCASE=6 && { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s --check-prefix=TRY_RECEIVE
// RUN: %{build} -DCASE=7 && { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s --check-prefix=RECEIVE
// RUN: %{build} -DCASE=8 && { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s --check-prefix=LOCK
// RUN: %{build} -DCASE=9 && { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s --check-prefix=PENDING
// RUN: %{build} -DCASE=10 && { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s --check-prefix=TRY_SEND
// RUN: %{build} -DCASE=0 && { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s --check-prefix=OK
// PRIORITY: ERROR(freeco): interrupt_executor priority below 0x40
// PRIORITY: exit status: 1{{$}}
// TWICE: ERROR(freeco): interrupt_executor started twice, or two on one interrupt line
// TWICE: exit status: 1{{$}}
// RUNNING: ERROR(freeco): interrupt_executor::start while an executor runs
// RUNNING: exit status: 1{{$}}
// EVENT: ERROR(freeco): co_await on an event away from its home level
// EVENT: exit status: 1{{$}}
// TRY_RECEIVE: ERROR(freeco): channel::try_receive from an interrupt handler or away from the channel's home level
// TRY_RECEIVE: exit status: 1{{$}}
// RECEIVE: ERROR(freeco): channel::receive away from the channel's home level
// RECEIVE: exit status: 1{{$}}
// LOCK: ERROR(freeco): semaphore or mutex used from an interrupt handler or away from its home level
// LOCK: exit status: 1{{$}}
// PENDING: ERROR(freeco): interrupt_executor::run_pending outside its line's handler
// PENDING: exit status: 1{{$}}
// TRY_SEND: ERROR(freeco): channel::try_send from a level that the channel's home level preempts
// TRY_SEND: exit status: 1{{$}}
// OK: received 7 then 8
// OK: released by the urgent task's set
// OK: exit status: 0{{$}}
#include <freeco/channel.hpp>
#include <freeco/console.hpp>
#include <freeco/event.hpp>
#include <freeco/mutex.hpp>
#include <levels.h>
#include <runtime_test.h>

namespace {
[[maybe_unused]] constinit freeco::executor executor;
// Thread mode's (their default home level).
[[maybe_unused]] constinit freeco::event done;
[[maybe_unused]] constinit freeco::channel<int, 2> numbers;
[[maybe_unused]] constinit freeco::mutex lock;
// The urgent level's.
[[maybe_unused]] constinit freeco::event go(levels::urgent);
[[maybe_unused]] constinit freeco::channel<int, 2> orders(levels::urgent);
[[maybe_unused]] constinit freeco::interrupt_executor on_urgents_line(freeco::board::free_irqs[0]);
[[maybe_unused]] volatile bool sent = false;

// Runs on levels::urgent: spawned in main, it starts when levels::start() enables the line.
[[maybe_unused]] freeco::task<> misuse() {
  RUNTIME_CHECK(freeco::this_core().executor == &levels::urgent);
#if CASE == 5
  co_await done;
#elif CASE == 6
  int value;
  (void)numbers.try_receive(value);
#elif CASE == 7
  (void)co_await numbers.receive();
#elif CASE == 8
  (void)lock.try_lock();
#endif
  co_return;
}

// A thread-mode task: `urgent` could preempt it between reserving a slot and filling it.
[[maybe_unused]] freeco::task<> sends_up() {
  (void)orders.try_send(1);
  co_return;
}

// CASE 0, what crosses levels: the urgent task runs when a thread-mode task sets `go`, while
// one thread-mode task waits on the channel and one on the event.
[[maybe_unused]] freeco::task<> urgent_sends() {
  co_await go;
  RUNTIME_CHECK(freeco::this_core().executor == &levels::urgent);
  RUNTIME_CHECK(numbers.try_send(7) && numbers.try_send(8));
  done.set();
  sent = true;
}
[[maybe_unused]] freeco::task<> receiver() {
  const int first = co_await numbers.receive();
  const int second = co_await numbers.receive();
  RUNTIME_CHECK(sent && first == 7 && second == 8);
  freeco::console::write("received 7 then 8\n");
}
[[maybe_unused]] freeco::task<> waiter() {
  co_await done;
  RUNTIME_CHECK(sent && done.is_set());
  freeco::console::write("released by the urgent task's set\n");
}
[[maybe_unused]] freeco::task<> trigger() {
  RUNTIME_CHECK(numbers.has_waiters() && done.has_waiters() && go.has_waiters() && !sent);
  go.set();  // pends the urgent line: its task preempts this one
  co_return;
}

[[maybe_unused]] freeco::task<> starts_late() {
  levels::start();
  co_return;
}
}  // namespace

int main() {
#if CASE == 1
  levels::urgent.start(0x20);
#elif CASE == 2
  levels::start();
  levels::urgent.start(levels::urgent_priority);
#elif CASE == 3
  levels::start();
  on_urgents_line.start(levels::urgent_priority);
#elif CASE == 4
  runtime_test::spawn(executor, starts_late());
  executor.run();
#elif CASE >= 5 && CASE <= 8
  runtime_test::spawn(levels::urgent, misuse());
  levels::start();                              // pends the urgent line: its task runs now
  asm volatile("dsb\n\tisb" ::: "memory");  // (taken by this point)
#elif CASE == 9
  levels::start();
  levels::urgent.run_pending();
#elif CASE == 10
  levels::start();
  runtime_test::spawn(executor, sends_up());
  executor.run();
#else
  runtime_test::spawn(levels::urgent, urgent_sends());
  levels::start();
  runtime_test::spawn(executor, receiver());
  runtime_test::spawn(executor, waiter());
  runtime_test::spawn(executor, trigger());
  executor.run();
  RUNTIME_CHECK(sent && levels::urgent.live_tasks() == 0 && runtime_test::frames_in_use() == 0);
  return 0;
#endif
  freeco::console::write("not refused\n");
  return 0;
}
