// timeout(awaitable, d) runs the awaitable in a task of its own, whose frame comes from
// freeco::frames. When no frame is free the result says so (no_frame(), false) at once,
// nothing awaited and no time spent, instead of a panic from an allocation the firmware
// never wrote; once a frame is free again the same timeout works. Exact virtual time.
// RUN: %{build}
// RUN: %{run} --icount %t.elf
#include <freeco/channel.hpp>
#include <freeco/when.hpp>
#include <runtime_test.h>

using namespace freeco::literals;

namespace {
constinit freeco::executor executor;
constinit freeco::channel<int, 1> numbers;
// caller()'s frame, with its three timeout awaiters, is larger than the default pools' largest
// slot with GCC; it comes from a pool of its own, which the hogs below leave alone.
constinit freeco::frame_pool<512, 1> caller_frame;
freeco::task<> hogs[16];

freeco::task<> idle() { co_await freeco::sleep_for(1_ms); }

freeco::task<> caller(freeco::in_pool<caller_frame>) {
  // Fill every slot of every class of freeco::frames with tasks that are never started.
  size_t held = 0;
  for (auto& h : hogs) {
    h = idle();
    if (h) ++held;
  }
  RUNTIME_CHECK(held > 0);
  const freeco::time_point before = freeco::clock::now();
  auto got = co_await freeco::timeout(numbers.receive(), 10_ms);
  RUNTIME_CHECK(!got && got.no_frame());
  RUNTIME_CHECK(freeco::clock::now() == before);
  RUNTIME_CHECK(freeco::pending_timers() == 0);
  for (auto& h : hogs) h = freeco::task<>();  // frames free again
  RUNTIME_CHECK(numbers.try_send(7));
  auto again = co_await freeco::timeout(numbers.receive(), 10_ms);
  RUNTIME_CHECK(again && !again.no_frame() && *again == 7);
  auto late = co_await freeco::timeout(numbers.receive(), 2_ms);
  RUNTIME_CHECK(!late && !late.no_frame());  // timed out: a frame was found
}
}  // namespace

extern "C" int main() {
  runtime_test::spawn(executor, caller({}));
  executor.run();
  RUNTIME_CHECK(runtime_test::frames_in_use() == 0);
  return 0;
}
