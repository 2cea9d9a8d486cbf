// timeout() of an awaitable that is not a task (here a channel receive, wrapped in a task):
// an item that arrives in time is returned; with none, the receive is cancelled and leaves no
// waiter behind, and a later item stays in the channel for the next receiver.
// Exact virtual time (-icount): elapsed times are the same on every run.
// RUN: %{build}
// RUN: %{run} --icount %t.elf
#include <freeco/channel.hpp>
#include <freeco/when.hpp>
#include <runtime_test.h>

using namespace freeco::literals;

namespace {
constinit freeco::executor executor;
constinit freeco::channel<int, 2> numbers;
// Two timeouts in one coroutine: GCC 12 keeps both awaiters' storage (about 70 bytes each) in
// the frame side by side, past the default 256-byte class.
constinit freeco::frame_pool<384, 1> consumer_frame;

freeco::task<> producer() {
  co_await freeco::sleep_for(5_ms);
  co_await numbers.send(7);
}

freeco::task<> consumer(freeco::in_pool<consumer_frame>) {
  runtime_test::spawn(executor, producer());
  freeco::timed<int> first = co_await freeco::timeout(numbers.receive(), 20_ms);
  RUNTIME_CHECK(first && *first == 7);
  freeco::timed<int> second = co_await freeco::timeout(numbers.receive(), 5_ms);
  RUNTIME_CHECK(!second);
  RUNTIME_CHECK(!numbers.has_waiters());
  RUNTIME_CHECK(numbers.try_send(8));
  int later = 0;
  RUNTIME_CHECK(numbers.try_receive(later) && later == 8);
}
}  // namespace

extern "C" int main() {
  runtime_test::spawn(executor, consumer({}));
  executor.run();
  RUNTIME_CHECK(freeco::pending_timers() == 0 && runtime_test::frames_in_use() == 0);
  return 0;
}
