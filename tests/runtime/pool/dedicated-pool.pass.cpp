// A coroutine with an in_pool<P> parameter takes its frames from P alone: a hard budget for
// that function, which the shared classes do not see.
#include <runtime_test.h>

namespace {
constinit freeco::executor executor;
constinit freeco::frame_pool<128, 2> blink_frames;
int blinks = 0;

freeco::task<> blink(freeco::in_pool<blink_frames>, int times) {
  for (int i = 0; i < times; ++i) {
    ++blinks;
    co_await freeco::yield();
  }
}
freeco::task<int> measure(freeco::in_pool<blink_frames>) { co_return 5; }
freeco::task<> user() { blinks += co_await measure({}); }
}  // namespace

extern "C" int main() {
  runtime_test::spawn(executor, blink({}, 2));
  runtime_test::spawn(executor, blink({}, 3));
  RUNTIME_CHECK(blink_frames.stats().in_use == 2);
  RUNTIME_CHECK(freeco::frames.stats(0).in_use == 0 && freeco::frames.stats(1).in_use == 0);
  RUNTIME_CHECK(executor.spawn(blink({}, 1)) == freeco::spawn_status::no_frame);
  RUNTIME_CHECK(blink_frames.stats().failed == 1);
  executor.run();
  RUNTIME_CHECK(blinks == 5);
  runtime_test::spawn(executor, user());  // a task<T> from the dedicated pool, awaited
  executor.run();
  RUNTIME_CHECK(blinks == 10);
  RUNTIME_CHECK(blink_frames.stats().in_use == 0 && blink_frames.stats().high_water == 2);
  runtime_test::print("dedicated pool high water: ", static_cast<long>(blink_frames.stats().high_water));
  return 0;
}
// CHECK: dedicated pool high water: 2
