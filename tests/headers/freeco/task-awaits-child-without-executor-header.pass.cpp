// <freeco/task.hpp> alone links when a task awaits another: what a task needs of the executor
// (handing the next coroutine over) is defined in the runtime library, not in executor.hpp.
#include <freeco/task.hpp>

freeco::task<int> child() { co_return 1; }
freeco::task<int> parent() { co_return co_await child(); }

extern "C" int main() {
  freeco::task<int> t = parent();  // created, never run: no executor needed
  return t ? 0 : 1;
}
