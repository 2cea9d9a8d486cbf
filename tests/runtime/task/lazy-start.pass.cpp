// A task does not run until it is awaited or spawned and the executor runs it.
#include <runtime_test.h>

namespace {
constinit freeco::executor executor;
int runs = 0;

freeco::task<> body() {
  ++runs;
  co_return;
}
freeco::task<> parent() {
  auto child = body();
  RUNTIME_CHECK(runs == 1);  // created, not started (the one run is main's spawned task)
  co_await std::move(child);
  RUNTIME_CHECK(runs == 2);
}
}  // namespace

extern "C" int main() {
  auto spawned = body();
  RUNTIME_CHECK(runs == 0);
  runtime_test::spawn(executor, std::move(spawned));
  RUNTIME_CHECK(runs == 0);  // spawned, the executor has not run
  executor.run();
  RUNTIME_CHECK(runs == 1);
  runtime_test::spawn(executor, parent());
  executor.run();
  RUNTIME_CHECK(runs == 2);
  return 0;
}
