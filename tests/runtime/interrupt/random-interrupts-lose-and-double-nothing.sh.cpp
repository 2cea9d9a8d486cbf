// A randomized interrupt stress. Two hardware timers (freeco/target/timer_hw.hpp) fire at
// pseudo-random intervals of 1 to 1024 clocks after each handler, the second at a higher
// priority than the first, so that it preempts it (and SysTick, the clock, preempts both).
// Each interrupt does one thing, picked at random: signal its own interrupt_event, try_send a
// numbered item into a channel that two tasks receive from, set an event that two tasks of a
// when_all wait for, or signal an interrupt_event that a task awaits under a timeout, so that
// signals race cancellations. At the end every count is exact: every signal counted once,
// every accepted item received once, one round of waiters per set, nothing left queued,
// linked or allocated.
// The seed (STRESS_SEED) fixes each timer's actions and intervals (xorshift generators); under
// -icount the way they interleave with the tasks repeats from run to run too, except that QEMU
// without record/replay may take an interrupt a few instructions earlier or later (seen once
// in a few dozen runs: one nesting more), so the test checks exact counts within each run, not
// equal runs. ./x stress runs it with a million interrupts and other seeds (%{stress}: lit's
// stress_* parameters).
// RUN: %{build} -I%S/Inputs/stress-pools %{stress}
// RUN: %{run} --icount %t.elf | tee %t.out | FileCheck %s
#include <freeco/channel.hpp>
#include <freeco/event.hpp>
#include <freeco/interrupt_event.hpp>
#include <freeco/when.hpp>
#include <runtime_test.h>
#include <stress.h>

using namespace freeco::literals;
using random_stress::add, random_stress::next, random_stress::quota, random_stress::take;
namespace hw = freeco::board::timer_hw;

namespace {
constinit freeco::executor executor;

// --- what the handlers do ------------------------------------------------------------------
// Per timer; written only by its handler (the thread reads them at the end).
struct source {
  uint32_t random;            // xorshift32 state
  volatile uint32_t fired;
  volatile uint32_t signals;  // to signalled[n]
  volatile uint32_t sequence; // the next item's number
  volatile uint32_t sent, sent_sum, refused;
  volatile bool stopped;
};
source sources[hw::count];
constinit freeco::interrupt_event signalled[hw::count];
constinit freeco::channel<uint32_t, 4> items;
constinit freeco::event flag;
constinit freeco::interrupt_event raced;  // awaited under a timeout
// Shared by both handlers, which preempt each other: changed by atomic_update only.
volatile uint32_t flag_armed = 0, flag_sets = 0, raced_signals = 0;
volatile uint32_t in_low = 0, nested = 0;  // the low handler is running; the high one came in then

void on_timer(unsigned n) {
  hw::acknowledge(n);
  if (n == 0) in_low = 1;
  if (n == 1 && in_low) nested = nested + 1;
  source& s = sources[n];
  s.fired = s.fired + 1;
  const uint32_t r = next(s.random);
  const uint32_t action = r % 256;  // the raced signal is rare, so that its waits time out too
  if (action < 96) {
    s.signals = s.signals + 1;
    signalled[n].signal();
  } else if (action < 160) {
    const uint32_t number = s.sequence;
    s.sequence = number + 1;
    if (items.try_send(n << 24 | number)) {
      s.sent = s.sent + 1;
      s.sent_sum = s.sent_sum + number;
    } else {
      s.refused = s.refused + 1;
    }
  } else if (action < 255) {
    if (take(flag_armed)) {
      add(flag_sets, 1);
      flag.set();
    }
  } else {
    add(raced_signals, 1);
    raced.signal();
  }
  if (s.fired < quota[n]) {
    // Bursts and gaps: mostly 1 to 16 clocks (the channel fills, the high timer lands inside
    // the low one's handler), a quarter of the time up to 1024 (the executor sleeps, and
    // timeouts expire as often as they are beaten).
    hw::start(n, (r >> 28) < 12 ? 1 + (r >> 16) % 16 : 1 + (r >> 12) % 1024);
  } else {
    s.stopped = true;
  }
  if (n == 0) in_low = 0;
}

// --- what the tasks see --------------------------------------------------------------------
volatile bool done = false;
// The consumers that have finished, a bit each: a wake lost at the end leaves its bit clear,
// and the test names the task instead of hanging until QEMU's timeout.
enum : uint32_t { signals_0 = 1, signals_1 = 2, receiver_a = 4, receiver_b = 8, flag_task = 16, race_task = 32, all_tasks = 63 };
uint32_t finished = 0;
uint32_t digest = 2166136261u;  // FNV-1a of everything the tasks saw, in order
void fold(uint32_t v) {
  for (int i = 0; i < 4; ++i) digest = (digest ^ ((v >> (8 * i)) & 0xFF)) * 16777619u;
}

uint32_t signals_counted[hw::count];
freeco::task<> count_signals(unsigned n) {
  uint32_t got = 0;
  while (!(done && got == sources[n].signals)) {
    const uint32_t count = co_await signalled[n];
    RUNTIME_CHECK(count >= 1);
    got += count;
    fold(count);
  }
  signals_counted[n] = got;
  finished |= n == 0 ? signals_0 : signals_1;
}

constexpr uint32_t stop_item = 0xFFFF'FFFF;
uint32_t received[hw::count], received_sum[hw::count];
freeco::task<> receive_items(uint32_t bit) {
  uint32_t last[hw::count] = {};
  bool any[hw::count] = {};
  for (;;) {
    const uint32_t item = co_await items.receive();
    if (item == stop_item) break;
    const uint32_t n = item >> 24, number = item & 0xFF'FFFF;
    RUNTIME_CHECK(n < hw::count);
    RUNTIME_CHECK(!any[n] || number > last[n]);  // each source's items in the order sent
    any[n] = true;
    last[n] = number;
    ++received[n];
    received_sum[n] += number;
    fold(item);
  }
  finished |= bit;
}

uint32_t rounds = 0, seen[2];
freeco::task<> wait_flag(uint32_t& count) {
  co_await flag;
  ++count;
}
freeco::task<> flag_rounds() {
  while (!done) {
    flag.reset();
    flag_armed = 1;
    co_await freeco::when_all(wait_flag(seen[0]), wait_flag(seen[1]));
    ++rounds;
    fold(rounds);
  }
  finished |= flag_task;
}

uint32_t raced_counted = 0, raced_in_time = 0, raced_timed_out = 0;
freeco::task<> race_signals() {
  uint32_t got = 0;
  while (!done) {
    freeco::timed<uint32_t> result = co_await freeco::timeout(raced, 1_ms);
    RUNTIME_CHECK(!result.no_frame());
    if (result) {
      got += *result;
      ++raced_in_time;
    } else {
      ++raced_timed_out;
    }
    fold(result ? *result : 0);
  }
  while (got < raced_signals) got += co_await raced;  // pending ones, and any a cancellation gave back
  raced_counted = got;
  finished |= race_task;
}

freeco::task<> stress() {
  for (unsigned n = 0; n < hw::count; ++n) runtime_test::spawn(executor, count_signals(n));
  runtime_test::spawn(executor, receive_items(receiver_a));
  runtime_test::spawn(executor, receive_items(receiver_b));
  runtime_test::spawn(executor, flag_rounds());
  runtime_test::spawn(executor, race_signals());
  co_await freeco::yield();  // every consumer waits before the first interrupt
  for (unsigned n = 0; n < hw::count; ++n) hw::start(n, 1 + n);
  while (!(sources[0].stopped && sources[1].stopped)) co_await freeco::sleep_for(1_ms);
  // The handlers are done: release whatever still waits for more.
  done = true;
  for (unsigned n = 0; n < hw::count; ++n) {
    sources[n].signals = sources[n].signals + 1;
    signalled[n].signal();
  }
  if (take(flag_armed)) {
    add(flag_sets, 1);
    flag.set();
  }
  co_await items.send(stop_item);
  co_await items.send(stop_item);
  for (int ms = 0; ms < 100 && finished != all_tasks; ++ms) co_await freeco::sleep_for(1_ms);
  if (finished != all_tasks) {
    const char* names[] = {"count_signals(0)", "count_signals(1)", "receive_items (a)", "receive_items (b)", "flag_rounds", "race_signals"};
    for (uint32_t i = 0; i < 6; ++i)
      if ((finished & (1u << i)) == 0) {
        freeco::console::write(names[i]);
        freeco::console::write(" still waits 100 ms after the last interrupt: a wake was lost\n");
      }
    freeco::semihosting::exit(1);
  }
}
}  // namespace

extern "C" void TIMER0_IRQHandler() { on_timer(0); }
extern "C" void TIMER1_IRQHandler() { on_timer(1); }

extern "C" int main() {
  for (unsigned n = 0; n < hw::count; ++n) {
    sources[n].random = random_stress::timer_seed(n);
    RUNTIME_CHECK(sources[n].random != 0);
  }
  random_stress::set_up_timers({0x80, 0x40});  // timer 1 preempts timer 0
  runtime_test::spawn(executor, stress());
  executor.run();

  uint32_t wakes = rounds * 2 + raced_in_time;
  for (unsigned n = 0; n < hw::count; ++n) {
    RUNTIME_CHECK(signals_counted[n] == sources[n].signals);
    RUNTIME_CHECK(received[n] == sources[n].sent && received_sum[n] == sources[n].sent_sum);
    wakes += sources[n].signals + sources[n].sent;
  }
  RUNTIME_CHECK(rounds == flag_sets && seen[0] == rounds && seen[1] == rounds);
  RUNTIME_CHECK(raced_counted == raced_signals);
  RUNTIME_CHECK(sources[0].fired == quota[0] && sources[1].fired == quota[1]);
  RUNTIME_CHECK(!items.has_waiters() && !flag.has_waiters());
  RUNTIME_CHECK(freeco::pending_timers() == 0 && runtime_test::frames_in_use() == 0);

  runtime_test::print("seed: ", STRESS_SEED);
  runtime_test::print("interrupts: ", long(sources[0].fired + sources[1].fired));
  runtime_test::print("  of the low timer: ", long(sources[0].fired));
  runtime_test::print("  of the high timer: ", long(sources[1].fired));
  runtime_test::print("  high inside low: ", long(nested));
  runtime_test::print("signals: ", long(sources[0].signals + sources[1].signals));
  runtime_test::print("items sent: ", long(sources[0].sent + sources[1].sent));
  runtime_test::print("items refused (channel full): ", long(sources[0].refused + sources[1].refused));
  runtime_test::print("event rounds: ", long(rounds));
  runtime_test::print("raced signals: ", long(raced_signals));
  runtime_test::print("  waits in time: ", long(raced_in_time));
  runtime_test::print("  waits timed out: ", long(raced_timed_out));
  runtime_test::print("task wakes from interrupts: ", long(wakes));
  runtime_test::print("digest of what the tasks saw: ", long(digest));
  runtime_test::print("nested: ", nested > 0);
  runtime_test::print("both outcomes of the race: ", raced_in_time > 0 && raced_timed_out > 0);
  return 0;
}
// CHECK: nested: 1
// CHECK-NEXT: both outcomes of the race: 1
