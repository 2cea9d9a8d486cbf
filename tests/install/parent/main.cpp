// The parent project's firmware: one task, and a warning of the parent's own (an unused
// variable) that must stay a warning: freeco forces no -Werror on its users.
#include <freeco/console.hpp>
#include <freeco/executor.hpp>

constinit freeco::executor executor;
int runs = 0;

freeco::task<> once() {
  ++runs;
  co_return;
}

int main() {
  int unused_on_purpose;
  if (executor.spawn(once()) != freeco::spawn_status::spawned) return 2;
  executor.run();
  freeco::console::write(runs == 1 ? "parent: ok\n" : "parent: wrong\n");
  return runs == 1 ? 0 : 1;
}
