// co_await on a task<T> resumes the awaiting task with the value the child returned; a value
// with a destructor is destroyed exactly once, with the child's frame.
#include <runtime_test.h>

namespace {
constinit freeco::executor executor;
int destroyed = 0;

struct tracked {
  int value;
  explicit tracked(int v) : value(v) {}
  tracked(tracked&& other) noexcept : value(other.value) { other.value = -1; }
  ~tracked() {
    if (value != -1) ++destroyed;
  }
};

freeco::task<int> answer() { co_return 42; }
freeco::task<tracked> make_tracked(int v) { co_return tracked(v); }

freeco::task<> parent() {
  RUNTIME_CHECK(co_await answer() == 42);
  {
    tracked t = co_await make_tracked(7);
    RUNTIME_CHECK(t.value == 7);
    RUNTIME_CHECK(destroyed == 0);  // the child's copy was moved from
  }
  RUNTIME_CHECK(destroyed == 1);
}
}  // namespace

extern "C" int main() {
  runtime_test::spawn(executor, parent());
  executor.run();
  RUNTIME_CHECK(destroyed == 1);
  RUNTIME_CHECK(freeco::frames.stats(0).in_use == 0);
  return 0;
}
