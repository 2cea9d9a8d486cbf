// A producer faster than its consumer: sends wait while the 2-slot channel is full, and every
// item arrives once, in order.
#include <freeco/channel.hpp>
#include <runtime_test.h>

namespace {
constinit freeco::executor executor;
constinit freeco::channel<int, 2> items;
int received = 0;
int waits = 0;

freeco::task<> producer() {
  for (int i = 1; i <= 20; ++i) {
    if (items.size() == items.capacity()) ++waits;
    co_await items.send(i);
  }
}

freeco::task<> consumer() {
  for (int i = 1; i <= 20; ++i) {
    co_await freeco::yield();
    co_await freeco::yield();
    const int item = co_await items.receive();
    RUNTIME_CHECK(item == i);
    ++received;
  }
}
}  // namespace

extern "C" int main() {
  runtime_test::spawn(executor, producer());
  runtime_test::spawn(executor, consumer());
  executor.run();
  RUNTIME_CHECK(received == 20 && items.size() == 0 && !items.has_waiters());
  RUNTIME_CHECK(waits >= 10);  // the producer did wait for room
  return 0;
}
