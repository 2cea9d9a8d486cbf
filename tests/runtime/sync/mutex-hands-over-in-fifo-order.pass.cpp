// A locked mutex goes to its waiters in the order they asked, handed over directly at unlock:
// the task that unlocks and asks again at once queues behind them. Only one holds it at a time.
#include <freeco/mutex.hpp>
#include <runtime_test.h>

namespace {
constinit freeco::executor executor;
constinit freeco::mutex bus;
constinit freeco::frame_pool<128, 3> users;
char order[16];
unsigned length = 0;
int holders = 0;

freeco::task<> user(freeco::in_pool<users>, char name, int rounds) {
  for (int i = 0; i < rounds; ++i) {
    freeco::mutex_lock lock = co_await bus.lock();
    RUNTIME_CHECK(++holders == 1);
    order[length++] = name;
    co_await freeco::yield();  // hold it across a suspension
    --holders;
  }
}
}  // namespace

extern "C" int main() {
  runtime_test::spawn(executor, user({}, 'a', 2));
  runtime_test::spawn(executor, user({}, 'b', 2));
  runtime_test::spawn(executor, user({}, 'c', 2));
  executor.run();
  RUNTIME_CHECK(!bus.locked() && !bus.has_waiters() && bus.try_lock());
  bus.unlock();
  freeco::console::write(order);
  freeco::console::write("\n");
  return 0;
}
// CHECK: abcabc
