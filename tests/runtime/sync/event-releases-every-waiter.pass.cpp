// set() from a task releases every task waiting on the event, in the order they started
// waiting; the event stays set (a later co_await goes straight on) until reset().
#include <freeco/event.hpp>
#include <runtime_test.h>

namespace {
constinit freeco::executor executor;
constinit freeco::event go;
char order[8];
unsigned length = 0;

freeco::task<> waiter(char name) {
  co_await go;
  order[length++] = name;
}

freeco::task<> setter() {
  co_await freeco::yield();  // every waiter waits by now
  RUNTIME_CHECK(go.has_waiters() && length == 0);
  go.set();
  co_await freeco::yield();
  RUNTIME_CHECK(!go.has_waiters() && length == 3);
  co_await go;  // still set
  go.reset();
  RUNTIME_CHECK(!go.is_set());
  order[length++] = '!';
}
}  // namespace

extern "C" int main() {
  runtime_test::spawn(executor, waiter('a'));
  runtime_test::spawn(executor, waiter('b'));
  runtime_test::spawn(executor, setter());
  runtime_test::spawn(executor, waiter('c'));
  executor.run();
  freeco::console::write(order);
  freeco::console::write("\n");
  return 0;
}
// CHECK: abc!
