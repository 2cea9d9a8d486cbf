// The tick count is 64 bits: across 2^32 ticks (49.7 days at 1 kHz) now() keeps counting up
// and a timer set before the boundary for after it fires on time, not at once or never.
// Exact virtual time (-icount): elapsed times are the same on every run.
// RUN: %{build}
// RUN: %{run} --icount %t.elf | FileCheck %s
#include <freeco/time.hpp>
#include <runtime_test.h>

using namespace freeco::literals;

namespace {
constinit freeco::executor executor;
constexpr int64_t boundary = int64_t(1) << 32;

freeco::task<> sleeper() {
  const freeco::time_point before = freeco::clock::now();
  RUNTIME_CHECK(before.since_start().ticks() < boundary);
  co_await freeco::sleep_until(before + 10_ms);
  const freeco::time_point after = freeco::clock::now();
  RUNTIME_CHECK(after.since_start().ticks() > boundary);
  RUNTIME_CHECK(after - before >= 10_ms && after - before <= 10_ms + freeco::ticks(1));
}
}  // namespace

extern "C" int main() {
  freeco::detail::set_clock(boundary - 4);
  runtime_test::spawn(executor, sleeper());
  executor.run();
  runtime_test::print("high word: ", long(freeco::clock::now().since_start().ticks() >> 32));
  return 0;
}
// CHECK: high word: 1
