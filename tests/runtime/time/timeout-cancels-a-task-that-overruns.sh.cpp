// timeout(task, d): when time runs out first, the result is false, the task is cancelled (its
// frame freed and its own timer unlinked, never to fire), and the awaiting task goes on
// after d.
// Exact virtual time (-icount): elapsed times are the same on every run.
// RUN: %{build}
// RUN: %{run} --icount %t.elf
#include <freeco/when.hpp>
#include <runtime_test.h>

using namespace freeco::literals;

namespace {
constinit freeco::executor executor;
bool slow_finished = false;

freeco::task<int> slow() {
  co_await freeco::sleep_for(50_ms);
  slow_finished = true;
  co_return 1;
}

freeco::task<> caller() {
  const freeco::time_point before = freeco::clock::now();
  freeco::timed<int> result = co_await freeco::timeout(slow(), 10_ms);
  const freeco::duration waited = freeco::clock::now() - before;
  RUNTIME_CHECK(!result);
  RUNTIME_CHECK(waited >= 10_ms && waited <= 10_ms + freeco::ticks(2));
  RUNTIME_CHECK(freeco::pending_timers() == 0);
  RUNTIME_CHECK(runtime_test::frames_in_use() == 1);  // this task's own frame
  co_await freeco::sleep_for(60_ms);                   // past the cancelled task's deadline
  RUNTIME_CHECK(!slow_finished);
}
}  // namespace

extern "C" int main() {
  runtime_test::spawn(executor, caller());
  executor.run();
  RUNTIME_CHECK(runtime_test::frames_in_use() == 0);
  return 0;
}
