// A randomized stress across three executor levels: thread mode, `middle` (0x80) and `urgent`
// (0x40), with two board timers firing at pseudo-random intervals, the low one (0xC0) below
// both executors and the high one (0x40) level with `urgent`. Everything crosses levels:
// - the timers signal the interrupt_events that a task of each interrupt executor awaits, and
//   try_send numbered items into a channel that two thread-mode tasks receive from;
// - each interrupt executor's task, per wake, signals the other level's interrupt_event and a
//   thread-mode task's, sets an event that a thread-mode when_all waits for, try_sends an item,
//   spawns a short task onto the other interrupt executor, or yields or sleeps a tick at its own
//   level;
// - objects at home at an interrupt level, used from the others: an event whose waiter is an
//   urgent task (set by the timers, thread mode and the middle level), a channel received at
//   the middle level (try_send from the more urgent timer and level), a semaphore acquired at
//   the urgent level (released from everywhere), and a mutex that two urgent tasks share;
// - an urgent task awaits `raced` under a one-tick timeout (a timer at the urgent level) while
//   a busy thread-mode task and the middle level signal it: cancellations race signals that
//   come from lower levels, which preempt nothing (the masked step of interrupt_event::signal).
// At the end every count is exact: every signal counted once, every accepted item received
// once, one round of waiters per set, one acquire per release, every cross-level spawn
// finished, nothing left queued, linked or allocated. The seed (STRESS_SEED) fixes the
// generators; ./x stress runs it with a million interrupts and other seeds (%{stress}).
// RUN: %{build} -I%S/Inputs/pools %{stress}
// RUN: %{run} --icount %t.elf | tee %t.out | FileCheck %s
// CHECK: every count exact
#include <freeco/channel.hpp>
#include <freeco/event.hpp>
#include <freeco/interrupt_event.hpp>
#include <freeco/mutex.hpp>
#include <freeco/semaphore.hpp>
#include <freeco/when.hpp>
#include <levels.h>
#include <runtime_test.h>
#include <stress.h>

using namespace freeco::literals;
using random_stress::add, random_stress::next, random_stress::quota, random_stress::take;
namespace hw = freeco::board::timer_hw;
namespace cpu = freeco::cpu;

namespace {
constinit freeco::executor executor;

// An interrupt_event and the signals sent to it (from any level), and those its task counted.
struct signalled {
  freeco::interrupt_event event;
  volatile uint32_t sent = 0;
  uint32_t counted = 0;
  void signal() {
    add(sent);
    event.signal();
  }
};
signalled to_urgent, to_middle;                  // from the timers
signalled urgent_from_middle, middle_from_urgent;  // between the interrupt levels
signalled thread_from_levels;                    // from both interrupt levels to thread mode
signalled raced;                                 // awaited under a timeout at the urgent level

constinit freeco::channel<uint32_t, 4> items;
volatile uint32_t sent_items = 0, sent_sum = 0, refused = 0, sequence = 0;
void send_item() {
  const uint32_t number = add(sequence) - 1;
  if (items.try_send(number)) {
    add(sent_items);
    add(sent_sum, number);
  } else {
    add(refused);
  }
}

constinit freeco::event flag;
volatile uint32_t flag_armed = 0, flag_sets = 0;
void set_flag() {
  if (take(flag_armed)) {
    add(flag_sets);
    flag.set();
  }
}

constexpr uint32_t stop_item = 0xFFFF'FFFF;

// At home at the interrupt levels.
constinit freeco::event urgent_flag(levels::urgent);
volatile uint32_t urgent_flag_armed = 0, urgent_flag_sets = 0;
void set_urgent_flag() {
  if (take(urgent_flag_armed)) {
    add(urgent_flag_sets);
    urgent_flag.set();
  }
}
constinit freeco::channel<uint32_t, 2> middle_items(levels::middle);
volatile uint32_t middle_sent = 0, middle_sent_sum = 0;
void send_middle_item(uint32_t value) {  // from the urgent level and the high timer only
  if (middle_items.try_send(value)) {
    add(middle_sent);
    add(middle_sent_sum, value);
  }
}
constinit freeco::semaphore urgent_permits(0, levels::urgent);
volatile uint32_t releases = 0;
void release_permit() {
  add(releases);
  urgent_permits.release();
}
constinit freeco::mutex urgent_lock(levels::urgent);

// --- the timers ------------------------------------------------------------------------------
struct source {
  uint32_t random;
  volatile uint32_t fired;
  volatile bool stopped;
};
source sources[hw::count];

void on_timer(unsigned n) {
  hw::acknowledge(n);
  source& s = sources[n];
  s.fired = s.fired + 1;
  const uint32_t r = next(s.random);
  const uint32_t action = r % 8;
  if (action == 0)
    to_urgent.signal();
  else if (action == 1)
    to_middle.signal();
  else if (action == 2)
    send_item();
  else if (action == 3)
    set_flag();
  else if (action == 4)
    set_urgent_flag();
  else if (action == 5)
    release_permit();
  else if (n == 1)
    send_middle_item(r >> 8);  // the high timer is more urgent than the middle level
  else
    to_urgent.signal();
  if (s.fired < quota[n])
    hw::start(n, (r >> 28) < 12 ? 1 + (r >> 16) % 64 : 1 + (r >> 12) % 2048);
  else
    s.stopped = true;
}

// --- the interrupt levels' tasks ---------------------------------------------------------------
volatile bool done = false;
volatile uint32_t spawned = 0, helpers_run = 0, level_sleeps = 0;
uint32_t urgent_random = STRESS_SEED * 0x9E37'79B9u | 1, middle_random = STRESS_SEED * 0x85EB'CA6Bu | 1;

freeco::task<> helper(uint32_t expected_level) {
  RUNTIME_CHECK(freeco::this_core().level == expected_level);
  RUNTIME_CHECK(cpu::exception_number() == expected_level);
  add(helpers_run);
  co_return;
}

// One wake's cross-level work, picked at random.
volatile uint32_t cross_calls = 0;
freeco::task<> cross(uint32_t& random, signalled& other_level, freeco::interrupt_executor& other_executor) {
  add(cross_calls);
  const uint32_t r = next(random);
  switch (r % 9) {
    case 0: other_level.signal(); break;
    case 1: thread_from_levels.signal(); break;
    case 2: set_flag(); break;
    case 3: send_item(); break;
    case 6: set_urgent_flag(); break;
    case 7: release_permit(); break;
    case 8:
      if (freeco::this_core().executor == &levels::urgent) send_middle_item(r >> 8);
      break;
    case 4:  // at most 4 waiting to run, so that they leave frames for the rest
      if (spawned - helpers_run < 4 && other_executor.spawn(helper(other_executor.level())) == freeco::spawn_status::spawned)
        add(spawned);
      break;
    default:
      if ((r >> 8) % 32 == 0) raced.signal();
      if ((r >> 12) % 16 == 0) {
        co_await freeco::sleep_for(freeco::ticks(1));  // a timer at this level
        add(level_sleeps);
      } else {
        co_await freeco::yield();  // the level's other tasks run, thread mode does not
      }
  }
}

freeco::task<uint32_t> wait_for(signalled& s) { co_return co_await s.event; }

freeco::task<> level_task(signalled& mine, signalled& from_other, uint32_t& random, signalled& other_level,
                          freeco::interrupt_executor& other_executor) {
  for (;;) {
    auto r = co_await freeco::when_any(wait_for(mine), wait_for(from_other));
    RUNTIME_CHECK(r.index <= 1 && r.value >= 1);
    const uint32_t count = r.value;
    (r.index == 0 ? mine : from_other).counted += count;
    if (done && mine.counted == mine.sent && from_other.counted == from_other.sent) break;
    for (uint32_t i = 0; i < count && !done; ++i) co_await cross(random, other_level, other_executor);
  }
}

uint32_t raced_in_time = 0, raced_timed_out = 0;
volatile bool race_done = false;
freeco::task<> race() {
  while (!done) {
    freeco::timed<uint32_t> result = co_await freeco::timeout(raced.event, freeco::ticks(1));
    if (result) {
      raced.counted += *result;
      ++raced_in_time;
    } else {
      ++raced_timed_out;
    }
  }
  while (raced.counted < raced.sent) raced.counted += co_await raced.event;  // and any given back
  race_done = true;
}

// The waits below are under a one-tick timeout, so that their cancellations (at their own
// level) race the sets, items and releases that other levels hand over: a set still counts
// for the next wait, an item held for a cancelled receiver passes on, a permit given to a
// cancelled acquirer goes back.
uint32_t urgent_rounds = 0, urgent_flag_timeouts = 0;
bool urgent_flag_done = false;
freeco::task<> urgent_flag_rounds() {
  while (!done) {
    urgent_flag.reset();
    urgent_flag_armed = 1;
    for (;;) {
      const freeco::timed<void> set = co_await freeco::timeout(urgent_flag, freeco::ticks(1));
      if (set) break;
      ++urgent_flag_timeouts;
    }
    ++urgent_rounds;
  }
  urgent_flag_done = true;
}

uint32_t middle_received = 0, middle_received_sum = 0, receive_timeouts = 0;
bool middle_receiver_done = false;
freeco::task<> receive_middle_items() {
  for (;;) {
    freeco::timed<uint32_t> item = co_await freeco::timeout(middle_items.receive(), freeco::ticks(1));
    if (!item) {
      ++receive_timeouts;
      continue;
    }
    if (*item == stop_item) break;
    ++middle_received;
    middle_received_sum += *item;
  }
  middle_receiver_done = true;
}

bool stop_sent_to_middle = false;
freeco::task<> send_middle_stop() {  // from the urgent level: more urgent than the channel's
  while (!middle_items.try_send(stop_item)) co_await freeco::sleep_for(freeco::ticks(1));
  stop_sent_to_middle = true;
}

uint32_t acquired = 0, acquire_timeouts = 0;
bool acquirer_done = false;
freeco::task<> acquire_permits() {
  for (;;) {
    const freeco::timed<void> got = co_await freeco::timeout(urgent_permits.acquire(), freeco::ticks(1));
    if (!got) {
      ++acquire_timeouts;
      continue;
    }
    if (done && acquired == releases) break;  // the last release is the stop
    ++acquired;
  }
  acquirer_done = true;
}

uint32_t inside = 0, lock_rounds = 0;
freeco::task<> hold_lock(uint32_t seed) {
  uint32_t random = seed;
  while (!done) {
    auto held = co_await urgent_lock.lock();
    RUNTIME_CHECK(++inside == 1);
    if (next(random) % 4 == 0)
      co_await freeco::sleep_for(freeco::ticks(1));
    else
      co_await freeco::yield();
    RUNTIME_CHECK(--inside == 0);
    ++lock_rounds;
  }
}

// --- thread mode -----------------------------------------------------------------------------
uint32_t received = 0, received_sum = 0, receivers_done = 0;
freeco::task<> receive_items() {
  // (No order to check: a level that takes a number may be preempted by one that sends the next.)
  for (;;) {
    const uint32_t item = co_await items.receive();
    if (item == stop_item) break;
    ++received;
    received_sum += item;
  }
  ++receivers_done;
}

uint32_t rounds = 0, seen[2];
freeco::task<> wait_flag(uint32_t& count) {
  co_await flag;
  ++count;
}
bool flag_done = false;
freeco::task<> flag_rounds() {
  while (!done) {
    flag.reset();
    flag_armed = 1;
    co_await freeco::when_all(wait_flag(seen[0]), wait_flag(seen[1]));
    ++rounds;
  }
  flag_done = true;
}

bool thread_counter_done = false;
freeco::task<> count_thread_signals() {
  while (!(done && thread_from_levels.counted == thread_from_levels.sent))
    thread_from_levels.counted += co_await thread_from_levels.event;
  thread_counter_done = true;
}

// Computes without suspending for stretches, signalling `raced` from thread mode.
volatile uint32_t busy_sink = 0;
freeco::task<> busy() {
  uint32_t random = STRESS_SEED * 0x2545'F491u | 1;
  while (!done) {
    const uint32_t r = next(random);
    for (uint32_t i = 0; i < r % 512; ++i) busy_sink = busy_sink + i;
    if (r % 2048 == 0) raced.signal();
    if (r % 64 == 1) set_urgent_flag();
    if (r % 64 == 2) release_permit();  // now and then: the timeout at the urgent level expires too
    co_await freeco::yield();
  }
}

freeco::task<> stress() {
  runtime_test::spawn(executor, receive_items());
  runtime_test::spawn(executor, receive_items());
  runtime_test::spawn(executor, flag_rounds());
  runtime_test::spawn(executor, count_thread_signals());
  runtime_test::spawn(executor, busy());
  co_await freeco::yield();
  for (unsigned n = 0; n < hw::count; ++n) hw::start(n, 1 + n);
  while (!(sources[0].stopped && sources[1].stopped)) co_await freeco::sleep_for(1_ms);
  co_await freeco::sleep_for(5_ms);  // the levels' last sleeps and spawns
  done = true;
  // Wake every counter once more so that each sees `done` (these signals are counted too).
  to_urgent.signal();
  to_middle.signal();
  thread_from_levels.signal();
  raced.signal();
  set_flag();
  set_urgent_flag();
  urgent_permits.release();  // the stop: not counted in `releases`
  co_await items.send(stop_item);
  co_await items.send(stop_item);
  // The middle level's channel takes try_send from more urgent levels only: from an urgent task.
  runtime_test::spawn(levels::urgent, send_middle_stop());
  for (int ms = 0; ms < 100; ++ms) {
    if (receivers_done == 2 && flag_done && thread_counter_done && race_done && urgent_flag_done &&
        middle_receiver_done && acquirer_done && stop_sent_to_middle && levels::urgent.live_tasks() == 0 &&
        levels::middle.live_tasks() == 0)
      break;
    co_await freeco::sleep_for(1_ms);
  }
}
}  // namespace

extern "C" void TIMER0_IRQHandler() { on_timer(0); }
extern "C" void TIMER1_IRQHandler() { on_timer(1); }

extern "C" int main() {
  for (unsigned n = 0; n < hw::count; ++n) sources[n].random = random_stress::timer_seed(n);
  random_stress::set_up_timers({0xC0, 0x40});  // below both levels, and level with the urgent one
  levels::start();
  runtime_test::spawn(levels::urgent, level_task(to_urgent, urgent_from_middle, urgent_random, middle_from_urgent, levels::middle));
  runtime_test::spawn(levels::middle, level_task(to_middle, middle_from_urgent, middle_random, urgent_from_middle, levels::urgent));
  runtime_test::spawn(levels::urgent, race());
  runtime_test::spawn(levels::urgent, urgent_flag_rounds());
  runtime_test::spawn(levels::middle, receive_middle_items());
  runtime_test::spawn(levels::urgent, acquire_permits());
  runtime_test::spawn(levels::urgent, hold_lock(STRESS_SEED * 0x1234'5679u | 1));
  runtime_test::spawn(levels::urgent, hold_lock(STRESS_SEED * 0x0765'4321u | 1));
  runtime_test::spawn(executor, stress());
  executor.run();

  const bool finished[] = {receivers_done == 2, flag_done, thread_counter_done, race_done, urgent_flag_done,
                           middle_receiver_done, acquirer_done, stop_sent_to_middle};
  const char* const tasks[] = {"receive_items", "flag_rounds", "count_thread_signals", "race", "urgent_flag_rounds",
                               "receive_middle_items", "acquire_permits", "the stop for the middle level"};
  for (uint32_t i = 0; i < sizeof finished; ++i)
    if (!finished[i]) {
      freeco::console::write(tasks[i]);
      freeco::console::write(" did not finish within 100 ms of the last interrupt: a wake was lost\n");
    }
  RUNTIME_CHECK(receivers_done == 2 && flag_done && thread_counter_done && race_done);
  RUNTIME_CHECK(urgent_flag_done && middle_receiver_done && acquirer_done);
  RUNTIME_CHECK(urgent_rounds == urgent_flag_sets && !urgent_flag.has_waiters());
  RUNTIME_CHECK(middle_received == middle_sent && middle_received_sum == middle_sent_sum && !middle_items.has_waiters());
  RUNTIME_CHECK(acquired == releases && urgent_permits.available() == 0 && !urgent_permits.has_waiters());
  RUNTIME_CHECK(inside == 0 && !urgent_lock.locked());
  RUNTIME_CHECK(levels::urgent.live_tasks() == 0 && levels::middle.live_tasks() == 0);
  signalled* const all[] = {&to_urgent, &to_middle, &urgent_from_middle, &middle_from_urgent, &thread_from_levels, &raced};
  const char* const names[] = {"to_urgent", "to_middle", "urgent_from_middle", "middle_from_urgent", "thread_from_levels", "raced"};
  for (uint32_t i = 0; i < 6; ++i)
    if (all[i]->counted != all[i]->sent) {
      freeco::console::write(names[i]);
      runtime_test::print(": sent ", long(all[i]->sent));
      runtime_test::print("  counted ", long(all[i]->counted));
    }
  for (signalled* s : all) RUNTIME_CHECK(s->counted == s->sent);
  RUNTIME_CHECK(received == sent_items && received_sum == sent_sum);
  RUNTIME_CHECK(rounds == flag_sets && seen[0] == rounds && seen[1] == rounds);
  RUNTIME_CHECK(helpers_run == spawned);
  RUNTIME_CHECK(sources[0].fired == quota[0] && sources[1].fired == quota[1]);
  RUNTIME_CHECK(!items.has_waiters() && !flag.has_waiters());
  RUNTIME_CHECK(freeco::pending_timers() == 0 && runtime_test::frames_in_use() == 0);

  runtime_test::print("seed: ", STRESS_SEED);
  runtime_test::print("interrupts: ", long(sources[0].fired + sources[1].fired));
  runtime_test::print("signals to the urgent level: ", long(to_urgent.sent + urgent_from_middle.sent));
  runtime_test::print("signals to the middle level: ", long(to_middle.sent + middle_from_urgent.sent));
  runtime_test::print("signals from the levels to thread mode: ", long(thread_from_levels.sent));
  runtime_test::print("items received: ", long(received));
  runtime_test::print("flag rounds: ", long(rounds));
  runtime_test::print("cross-level steps of the levels: ", long(cross_calls));
  runtime_test::print("cross-level spawns: ", long(spawned));
  runtime_test::print("sleeps at the interrupt levels: ", long(level_sleeps));
  runtime_test::print("urgent event rounds: ", long(urgent_rounds));
  runtime_test::print("  waits timed out: ", long(urgent_flag_timeouts));
  runtime_test::print("items received at the middle level: ", long(middle_received));
  runtime_test::print("  receives timed out: ", long(receive_timeouts));
  runtime_test::print("permits released to the urgent level: ", long(releases));
  runtime_test::print("  acquires timed out: ", long(acquire_timeouts));
  runtime_test::print("urgent mutex rounds: ", long(lock_rounds));
  runtime_test::print("raced signals: ", long(raced.sent));
  runtime_test::print("  taken in time: ", long(raced_in_time));
  runtime_test::print("  timed out: ", long(raced_timed_out));
  freeco::console::write("every count exact\n");
  return 0;
}
