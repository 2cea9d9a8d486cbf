// When a class has no free slot, the coroutine call returns an empty task, spawning it returns
// spawn_status::no_frame, the failure is counted, and the tasks that did get a frame run
// undisturbed. A slot freed later serves the next call.
// ADDITIONAL_COMPILE_FLAGS: -I%S/Inputs/small-pools
#include <runtime_test.h>

namespace {
constinit freeco::executor executor;
int finished = 0;

freeco::task<> worker(int id) {
  co_await freeco::yield();
  finished += id;
}
}  // namespace

extern "C" int main() {
  runtime_test::spawn(executor, worker(1));
  runtime_test::spawn(executor, worker(2));
  freeco::task<> third = worker(4);  // class 0 holds two frames
  RUNTIME_CHECK(!third);
  RUNTIME_CHECK(executor.spawn(std::move(third)) == freeco::spawn_status::no_frame);
  RUNTIME_CHECK(executor.spawn(worker(8)) == freeco::spawn_status::no_frame);
  const freeco::pool_stats full = freeco::frames.stats(0);
  RUNTIME_CHECK(full.in_use == 2 && full.failed == 2);
  RUNTIME_CHECK(freeco::frames.stats(1).in_use == 0);  // no spill into the larger class
  executor.run();
  RUNTIME_CHECK(finished == 3);
  RUNTIME_CHECK(executor.live_tasks() == 0);
  RUNTIME_CHECK(freeco::frames.stats(0).in_use == 0);
  runtime_test::spawn(executor, worker(16));  // a freed slot serves again
  executor.run();
  RUNTIME_CHECK(finished == 19);
  runtime_test::print("failed allocations: ", static_cast<long>(freeco::frames.stats(0).failed));
  return 0;
}
// CHECK: failed allocations: 2
