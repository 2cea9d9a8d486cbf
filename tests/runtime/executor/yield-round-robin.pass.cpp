// Two tasks that yield take turns; a task that yields in a loop cannot keep the other waiting.
#include <freeco/console.hpp>
#include <freeco/executor.hpp>

namespace {
constinit freeco::executor executor;
char trace[16];
unsigned length = 0;

freeco::task<> worker(char name, int rounds) {
  for (int i = 0; i < rounds; ++i) {
    trace[length++] = name;
    co_await freeco::yield();
  }
}
}  // namespace

extern "C" int main() {
  if (executor.spawn(worker('a', 3)) != freeco::spawn_status::spawned) return 1;
  if (executor.spawn(worker('b', 3)) != freeco::spawn_status::spawned) return 1;
  executor.run();
  trace[length] = '\0';
  freeco::console::write(trace);
  freeco::console::write("\n");
  return executor.live_tasks() == 0 ? 0 : 1;
}
// CHECK: ababab
