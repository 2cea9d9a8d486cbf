// A firmware of a user's own, built only from an installed freeco (README.md, "Use freeco in
// your firmware"): a producer and a consumer task, a child task, a timer. Prints
// "out-of-tree: ok" and exits 0 when every value arrived in order.
#include <freeco/channel.hpp>
#include <freeco/console.hpp>
#include <freeco/executor.hpp>
#include <freeco/time.hpp>

using namespace freeco::literals;

constinit freeco::executor executor;
constinit freeco::channel<int, 2> numbers;
int sum = 0;

freeco::task<int> square(int x) { co_return x * x; }

freeco::task<> producer() {
  for (int i = 1; i <= 4; ++i) {
    co_await numbers.send(co_await square(i));
    co_await freeco::sleep_for(1_ms);
  }
  co_await numbers.send(-1);
}

freeco::task<> consumer() {
  for (int value; (value = co_await numbers.receive()) >= 0;) sum += value;
}

int main() {
  if (executor.spawn(producer()) != freeco::spawn_status::spawned) return 2;
  if (executor.spawn(consumer()) != freeco::spawn_status::spawned) return 2;
  executor.run();
  const bool ok = sum == 1 + 4 + 9 + 16;
  freeco::console::write(ok ? "out-of-tree: ok\n" : "out-of-tree: wrong sum\n");
  return ok ? 0 : 1;
}
