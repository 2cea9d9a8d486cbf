// timeout(task, d): a task that finishes in time gives its result, at once (not at the
// deadline), and its timer is taken out. Also for a task<void>.
// Exact virtual time (-icount): elapsed times are the same on every run.
// RUN: %{build}
// RUN: %{run} --icount %t.elf
#include <freeco/when.hpp>
#include <runtime_test.h>

using namespace freeco::literals;

namespace {
constinit freeco::executor executor;
// caller()'s frame holds two timeout awaiters and a time point: more than the default pools'
// largest slot (256 bytes) with GCC, which gives each awaiter a place of its own.
constinit freeco::frame_pool<512, 1> caller_frame;

freeco::task<int> quick() {
  co_await freeco::sleep_for(3_ms);
  co_return 42;
}
freeco::task<> quick_void() {
  co_await freeco::sleep_for(2_ms);
}

freeco::task<> caller(freeco::in_pool<caller_frame>) {
  const freeco::time_point before = freeco::clock::now();
  freeco::timed<int> result = co_await freeco::timeout(quick(), 100_ms);
  RUNTIME_CHECK(result && *result == 42);
  RUNTIME_CHECK(freeco::clock::now() - before <= 3_ms + freeco::ticks(1));
  RUNTIME_CHECK(freeco::pending_timers() == 0);
  RUNTIME_CHECK(co_await freeco::timeout(quick_void(), 100_ms));
  RUNTIME_CHECK(freeco::pending_timers() == 0);
}
}  // namespace

extern "C" int main() {
  runtime_test::spawn(executor, caller({}));
  executor.run();
  RUNTIME_CHECK(runtime_test::frames_in_use() == 0);
  return 0;
}
