// What the synchronisation objects cost, in instructions per operation (exact, -icount):
//   - an item through a channel<int, 1> from one task to another, which suspends and wakes
//     both every time: compare with two yields (yield_resume.cpp), the least two task
//     switches cost;
//   - an uncontended mutex lock + unlock (no suspension);
//   - when_all of two tasks that finish at once, and when_any of the same (starting, joining
//     and, for when_any, cancelling nothing: both are done), per combinator.
#include <freeco/channel.hpp>
#include <freeco/executor.hpp>
#include <freeco/mutex.hpp>
#include <freeco/when.hpp>

#include "measure.hpp"

namespace {

constinit freeco::executor executor;
constinit freeco::channel<int, 1> pipe;
constinit freeco::mutex lock;
volatile uint32_t sink;

[[gnu::noinline]] void plain_loop(uint32_t n) {
  for (uint32_t i = 0; i < n; ++i) sink = i;
}

void start(freeco::task<>&& t) {
  if (executor.spawn(static_cast<freeco::task<>&&>(t)) != freeco::spawn_status::spawned)
    freeco::panic("ERROR(freeco): no frame for a benchmark task");
}

freeco::task<> producer(uint32_t n) {
  for (uint32_t i = 0; i < n; ++i) co_await pipe.send(int(i));
}
freeco::task<> consumer(uint32_t n) {
  for (uint32_t i = 0; i < n; ++i) sink = uint32_t(co_await pipe.receive());
}
void channel_items(uint32_t n) {
  start(producer(n));
  start(consumer(n));
  executor.run();
}

freeco::task<> yielder(uint32_t n) {
  for (uint32_t i = 0; i < n; ++i) {
    sink = i;
    co_await freeco::yield();
  }
}
// Two tasks yielding n times each: 2n switches, as an item through the channel takes.
void yields(uint32_t n) {
  start(yielder(n));
  start(yielder(n));
  executor.run();
}

freeco::task<> locker(uint32_t n) {
  for (uint32_t i = 0; i < n; ++i) {
    auto held = co_await lock.lock();
    sink = i;
  }
}
freeco::task<> plain_task_loop(uint32_t n) {
  for (uint32_t i = 0; i < n; ++i) sink = i;
  co_return;
}
void locks(uint32_t n) {
  start(locker(n));
  executor.run();
}
void no_locks(uint32_t n) {
  start(plain_task_loop(n));
  executor.run();
}

freeco::task<int> at_once(uint32_t i) { co_return int(i); }
freeco::task<> all_loop(uint32_t n) {
  for (uint32_t i = 0; i < n; ++i) {
    auto r = co_await freeco::when_all(at_once(i), at_once(i));
    sink = uint32_t(r[0]);
  }
}
freeco::task<> any_loop(uint32_t n) {
  for (uint32_t i = 0; i < n; ++i) sink = uint32_t((co_await freeco::when_any(at_once(i), at_once(i))).value);
}
freeco::task<> sequential_loop(uint32_t n) {
  for (uint32_t i = 0; i < n; ++i) sink = uint32_t(co_await at_once(i) + co_await at_once(i));
}
void alls(uint32_t n) {
  start(all_loop(n));
  executor.run();
}
void anys(uint32_t n) {
  start(any_loop(n));
  executor.run();
}
void sequentials(uint32_t n) {
  start(sequential_loop(n));
  executor.run();
}

}  // namespace

extern "C" int main() {
  bench::start_counter();
  const uint32_t baseline = bench::per_iteration(plain_loop);
  const uint32_t two_yields = bench::per_iteration(yields);
  const uint32_t item = bench::per_iteration(channel_items);
  const uint32_t task_loop = bench::per_iteration(no_locks);
  const uint32_t locked = bench::per_iteration(locks);
  const uint32_t sequential = bench::per_iteration(sequentials);
  const uint32_t all = bench::per_iteration(alls);
  const uint32_t any = bench::per_iteration(anys);
  bench::report("two yields (two task switches)", two_yields - 2 * baseline);
  bench::report("channel item, task to waiting task", item - baseline);
  bench::report("mutex lock + unlock, uncontended", locked - task_loop);
  bench::report("two child tasks awaited one after the other", sequential - baseline);
  bench::report("when_all of the same two", all - baseline);
  bench::report("when_any of the same two", any - baseline);
  return 0;
}
