// A receiver that was given an item (woken, not yet run) and is then cancelled does not take
// the item with it: the next receiver gets it, and the items keep their order.
#include <freeco/channel.hpp>
#include <freeco/when.hpp>
#include <runtime_test.h>

namespace {
constinit freeco::executor executor;
constinit freeco::channel<int, 4> items;
int late_got = 0;

freeco::task<int> sends_then_finishes() {
  co_await freeco::yield();  // the racing receiver waits by now
  RUNTIME_CHECK(items.try_send(1) && items.try_send(2));  // the first is held for it
  co_return 0;
}
freeco::task<int> racing_receiver() { co_return co_await items.receive(); }

freeco::task<> late_receiver() {
  late_got = co_await items.receive();
  late_got = late_got * 10 + co_await items.receive();
}

freeco::task<> race() {
  auto r = co_await freeco::when_any(sends_then_finishes(), racing_receiver());
  RUNTIME_CHECK(r.index == 0);
  runtime_test::spawn(executor, late_receiver());
}
}  // namespace

extern "C" int main() {
  runtime_test::spawn(executor, race());
  executor.run();
  RUNTIME_CHECK(late_got == 12 && items.size() == 0 && !items.has_waiters());
  return 0;
}
