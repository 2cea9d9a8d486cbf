// Cancelling a task that waits in a when_all (here it loses a timeout) cancels every child
// of the when_all too, however deep: nothing stays linked, every frame is freed.
// Exact virtual time (-icount): elapsed times are the same on every run.
// RUN: %{build}
// RUN: %{run} --icount %t.elf
#include <freeco/channel.hpp>
#include <freeco/when.hpp>
#include <runtime_test.h>

using namespace freeco::literals;

namespace {
constinit freeco::executor executor;
constinit freeco::channel<int, 1> never;
int finished = 0;

freeco::task<int> slow(freeco::duration d) {
  co_await freeco::sleep_for(d);
  ++finished;
  co_return 1;
}
freeco::task<int> stuck() {
  int v = co_await never.receive();
  ++finished;
  co_return v;
}
freeco::task<int> both() {
  auto r = co_await freeco::when_all(slow(40_ms), stuck());
  co_return r[0] + r[1];
}

freeco::task<> caller() {
  freeco::timed<int> r = co_await freeco::timeout(both(), 10_ms);
  RUNTIME_CHECK(!r);
  RUNTIME_CHECK(freeco::pending_timers() == 0 && !never.has_waiters());
  RUNTIME_CHECK(runtime_test::frames_in_use() == 1);  // only this task's frame
  co_await freeco::sleep_for(50_ms);
  RUNTIME_CHECK(finished == 0);
}
}  // namespace

extern "C" int main() {
  runtime_test::spawn(executor, caller());
  executor.run();
  RUNTIME_CHECK(runtime_test::frames_in_use() == 0);
  return 0;
}
