// A chain of 10000 co_awaits that all complete at once (each awaited task itself awaits a task)
// uses no more stack than a chain of 10: the executor resumes every next coroutine from its
// own loop, with no symmetric transfer (which is not a tail call on ARMv6-M).
#include <runtime_test.h>
#include <stack_paint.h>

namespace {
constinit freeco::executor executor;

freeco::task<int> leaf(int i) { co_return i; }
freeco::task<int> middle(int i) { co_return co_await leaf(i) + 1; }
freeco::task<long> chain(int steps) {
  long sum = 0;
  for (int i = 0; i < steps; ++i) sum += co_await middle(i);
  co_return sum;
}
freeco::task<> root(int steps, long& out) { out = co_await chain(steps); }

// Runs a chain of `steps` and returns the deepest stack address it reached.
uintptr_t deepest_for(int steps) {
  long sum = 0;
  stack_paint::paint_free_stack();
  runtime_test::spawn(executor, root(steps, sum));
  executor.run();
  RUNTIME_CHECK(sum == static_cast<long>(steps) * (steps + 1) / 2);
  return stack_paint::deepest_use();
}
}  // namespace

extern "C" int main() {
  const uintptr_t short_chain = deepest_for(10);
  const uintptr_t long_chain = deepest_for(10000);
  runtime_test::print("stack below the 10-step chain's deepest point: ", static_cast<long>(short_chain - long_chain));
  RUNTIME_CHECK(long_chain >= short_chain);  // not one byte deeper
  return 0;
}
// CHECK: stack below the 10-step chain's deepest point: 0
