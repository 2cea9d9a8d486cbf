// A running task can spawn another onto its own executor with freeco::spawn(); run() waits for
// it too.
#include <runtime_test.h>

namespace {
constinit freeco::executor executor;
int order = 0;

freeco::task<> second() {
  order = order * 10 + 2;
  co_return;
}
freeco::task<> first() {
  RUNTIME_CHECK(freeco::spawn(second()) == freeco::spawn_status::spawned);
  RUNTIME_CHECK(executor.live_tasks() == 2);
  order = order * 10 + 1;
  co_return;
}
}  // namespace

extern "C" int main() {
  runtime_test::spawn(executor, first());
  executor.run();
  runtime_test::print("order: ", order);
  return executor.live_tasks() == 0 ? 0 : 1;
}
// CHECK: order: 12
