// A semaphore of 2 permits: never more than two tasks hold one, waiters get permits in FIFO
// order, and every permit is back at the end.
#include <freeco/semaphore.hpp>
#include <initializer_list>
#include <runtime_test.h>

namespace {
constinit freeco::executor executor;
constinit freeco::semaphore permits(2);
constinit freeco::frame_pool<128, 5> users;
char order[8];
unsigned length = 0;
int holders = 0;
int most = 0;

freeco::task<> user(freeco::in_pool<users>, char name) {
  co_await permits.acquire();
  if (++holders > most) most = holders;
  order[length++] = name;
  co_await freeco::yield();
  co_await freeco::yield();
  --holders;
  permits.release();
}
}  // namespace

extern "C" int main() {
  for (char name : {'a', 'b', 'c', 'd', 'e'}) runtime_test::spawn(executor, user({}, name));
  executor.run();
  RUNTIME_CHECK(most == 2 && permits.available() == 2 && !permits.has_waiters());
  freeco::console::write(order);
  freeco::console::write("\n");
  return 0;
}
// CHECK: abcde
