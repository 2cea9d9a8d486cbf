// sleep_for(d) resumes after at least d, and at most one tick more; sleep_for(0) and a
// sleep_until in the past go on without suspending (another ready task does not run first).
// Exact virtual time (-icount): elapsed times are the same on every run.
// RUN: %{build}
// RUN: %{run} --icount %t.elf
#include <freeco/time.hpp>
#include <initializer_list>
#include <runtime_test.h>

using namespace freeco::literals;

namespace {
constinit freeco::executor executor;
bool other_ran = false;

freeco::task<> other() {
  other_ran = true;
  co_return;
}

freeco::task<> sleeper() {
  for (int64_t ms : {1, 2, 7, 25}) {
    const freeco::time_point before = freeco::clock::now();
    co_await freeco::sleep_for(freeco::milliseconds(ms));
    const freeco::duration slept = freeco::clock::now() - before;
    RUNTIME_CHECK(slept >= freeco::milliseconds(ms));
    RUNTIME_CHECK(slept <= freeco::milliseconds(ms) + freeco::ticks(1));
  }
  runtime_test::spawn(executor, other());
  co_await freeco::sleep_for(0_ms);
  co_await freeco::sleep_until(freeco::clock::now() - 5_ms);
  RUNTIME_CHECK(!other_ran);
}
}  // namespace

extern "C" int main() {
  runtime_test::spawn(executor, sleeper());
  executor.run();
  RUNTIME_CHECK(other_ran);
  return 0;
}
