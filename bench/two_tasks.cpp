// The flash budget of the runtime: a two-task firmware with no console. Two tasks take turns
// through the executor and wait on an interrupt event, and main's status is the only output.
// Linked with the none console and the reset exit, its size is the runtime plus startup (the
// footprint test, bench/footprint.py, prints it and holds it to a budget).
#include <freeco/executor.hpp>
#include <freeco/interrupt_event.hpp>

namespace {
constinit freeco::executor executor;
constinit freeco::interrupt_event event;
unsigned turns = 0;

freeco::task<> pinger() {
  for (int i = 0; i < 3; ++i) {
    ++turns;
    co_await freeco::yield();
  }
  event.signal();
}
freeco::task<> waiter() { turns += co_await event; }
}  // namespace

extern "C" int main() {
  if (executor.spawn(pinger()) != freeco::spawn_status::spawned) return 1;
  if (executor.spawn(waiter()) != freeco::spawn_status::spawned) return 1;
  executor.run();
  return turns == 4 ? 0 : 1;
}
