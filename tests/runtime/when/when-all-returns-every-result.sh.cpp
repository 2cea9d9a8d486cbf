// when_all runs its tasks side by side (the total wait is the longest, not the sum) and
// returns their results in argument order; for task<void> it returns when all have finished.
// Exact virtual time (-icount): elapsed times are the same on every run.
// RUN: %{build}
// RUN: %{run} --icount %t.elf
#include <freeco/when.hpp>
#include <runtime_test.h>

using namespace freeco::literals;

namespace {
constinit freeco::executor executor;
constinit freeco::frame_pool<128, 3> children;  // three at once
int finished = 0;

freeco::task<int> after(freeco::in_pool<children>, freeco::duration d, int value) {
  co_await freeco::sleep_for(d);
  co_return value;
}
freeco::task<> count_after(freeco::duration d) {
  co_await freeco::sleep_for(d);
  ++finished;
}

freeco::task<> caller() {
  const freeco::time_point before = freeco::clock::now();
  freeco::all_results<int, 3> r = co_await freeco::when_all(after({}, 30_ms, 1), after({}, 10_ms, 2), after({}, 20_ms, 3));
  const freeco::duration took = freeco::clock::now() - before;
  RUNTIME_CHECK(r[0] == 1 && r[1] == 2 && r[2] == 3);
  RUNTIME_CHECK(took >= 30_ms && took <= 30_ms + freeco::ticks(2));
  co_await freeco::when_all(count_after(5_ms), count_after(1_ms));
  RUNTIME_CHECK(finished == 2);
}
}  // namespace

extern "C" int main() {
  runtime_test::spawn(executor, caller());
  executor.run();
  RUNTIME_CHECK(runtime_test::frames_in_use() == 0 && freeco::pending_timers() == 0);
  return 0;
}
