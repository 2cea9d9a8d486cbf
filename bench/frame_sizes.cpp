// Frame sizes the compiler asks the pools for, for the coroutines the runtime tests use most:
// the compiler lays frames out after optimisation, so they differ by compiler and level.
// The promise's own members (three pointers: the run queue link, the awaiting coroutine and the
// executor it belongs to) are 12 of these bytes; the runtime keeps nothing else per task.
#include <freeco/executor.hpp>
#include <freeco/interrupt_event.hpp>

#include "measure.hpp"

namespace {
constinit freeco::interrupt_event event;
volatile uint32_t sink;

freeco::task<> empty() { co_return; }
freeco::task<int> leaf(int i) { co_return i; }
freeco::task<int> middle(int i) { co_return co_await leaf(i) + 1; }
freeco::task<> yielding_loop(uint32_t n) {
  for (uint32_t i = 0; i < n; ++i) {
    sink = i;
    co_await freeco::yield();
  }
}
freeco::task<> listener() {
  for (;;) sink = co_await event;
}

template <class T>
void report(const char* name, freeco::task<T>&& t) {
  static_assert(sizeof(freeco::detail::task_node) == 12, "BUG(freeco): the promise's own members grew");
  freeco::console::write(name);
  freeco::console::write(": ");
  freeco::console::write_dec(static_cast<int32_t>(t ? freeco::frames.last_size : 0));
  freeco::console::write(" bytes\n");
}
}  // namespace

extern "C" int main() {
  report("task<> that returns at once", empty());
  report("task<int> leaf(int)", leaf(1));
  report("task<int> awaiting a task<int>", middle(1));
  report("task<> yield loop", yielding_loop(1));
  report("task<> awaiting an interrupt_event", listener());
  return 0;
}
