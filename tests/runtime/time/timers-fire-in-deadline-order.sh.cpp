// Sleeping tasks wake in deadline order whatever order they went to sleep in; equal deadlines
// wake in the order they were set; none wakes before its deadline.
// Exact virtual time (-icount): elapsed times are the same on every run.
// RUN: %{build}
// RUN: %{run} --icount %t.elf | FileCheck %s
#include <freeco/time.hpp>
#include <runtime_test.h>

using namespace freeco::literals;

namespace {
constinit freeco::executor executor;
constinit freeco::frame_pool<128, 5> sleepers;
char order[8];
unsigned woken = 0;
freeco::time_point start;

freeco::task<> sleeper(freeco::in_pool<sleepers>, char name, freeco::time_point until) {
  co_await freeco::sleep_until(until);
  RUNTIME_CHECK(freeco::clock::now() >= until);
  RUNTIME_CHECK(freeco::clock::now() - until <= freeco::ticks(1));
  order[woken++] = name;
}
}  // namespace

extern "C" int main() {
  start = freeco::clock::now();
  runtime_test::spawn(executor, sleeper({}, 'd', start + 30_ms));
  runtime_test::spawn(executor, sleeper({}, 'b', start + 10_ms));
  runtime_test::spawn(executor, sleeper({}, 'c', start + 20_ms));
  runtime_test::spawn(executor, sleeper({}, 'B', start + 10_ms));  // same deadline as b, set later
  runtime_test::spawn(executor, sleeper({}, 'a', start + 5_ms));
  executor.run();
  freeco::console::write(order);
  freeco::console::write("\n");
  RUNTIME_CHECK(freeco::pending_timers() == 0);
  return 0;
}
// CHECK: abBcd
