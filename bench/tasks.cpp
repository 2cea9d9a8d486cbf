// What switching between tasks costs, in instructions per operation (exact, -icount), each net
// of the loop that runs it and beside its hand-written baseline (baselines.hpp):
//   yield_resume[_8|_32]   a task's co_await yield() until the next task runs, 2, 8 or 32 tasks
//   event_wake_one_way     a task sets an event another task waits for, until that one runs
//   channel_item_one_way   an item through a channel<int, 1> to a waiting task; _receivers_2
//                          and _8 with that many receivers waiting
//   spawn_finish           spawn a task that returns at once, run it, free it (from a task)
//   mutex_lock_unlock      an uncontended lock and unlock
//   when_any_2, when_all_2 the combinator over two tasks that finish at once
// The line "compiler share of yield_resume" splits yield_resume: the same coroutine loop
// resumed straight from a plain loop (the compiler's own suspend and resume); the rest is the
// runtime's.
#include <freeco/channel.hpp>
#include <freeco/event.hpp>
#include <freeco/executor.hpp>
#include <freeco/mutex.hpp>
#include <freeco/when.hpp>

#include "baselines.hpp"
#include "measure.hpp"
#include "spawn.hpp"

using bench::sink;

namespace {

constinit freeco::executor executor;

void start(freeco::task<>&& t) { bench::start(executor, std::move(t)); }
// The coroutine Loop(n) run on its own: alone<locker> and so on.
template <auto Loop>
void alone(uint32_t n) {
  bench::run_alone(executor, Loop(n));
}

// --- yield -----------------------------------------------------------------------------------
freeco::task<> yielding_loop(uint32_t n) {
  for (uint32_t i = 0; i < n; ++i) {
    sink = i;
    co_await freeco::yield();
  }
}
// n steps in all over Tasks tasks (n a multiple of Tasks).
template <uint32_t Tasks>
void yields(uint32_t n) {
  for (uint32_t t = 0; t < Tasks; ++t) start(yielding_loop(n / Tasks));
  executor.run();
}

// The compiler-only split: a coroutine resumed by hand, its frame in a static buffer.
alignas(8) unsigned char direct_frame[128];
struct direct {
  struct promise_type {
    static void* operator new(size_t size) noexcept { return size <= sizeof direct_frame ? direct_frame : nullptr; }
    static void operator delete(void*) noexcept {}
    static direct get_return_object_on_allocation_failure() noexcept { return {}; }
    direct get_return_object() { return {std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  std::coroutine_handle<promise_type> handle;
};
direct suspending_loop(uint32_t n) {
  for (uint32_t i = 0; i < n; ++i) {
    sink = i;
    co_await std::suspend_always{};
  }
}
void resume_directly(uint32_t n) {
  direct d = suspending_loop(n);
  if (!d.handle) freeco::panic("ERROR(freeco): no frame for the direct-resume split");
  // Through an address the compiler cannot see into, as the executor resumes: an indirect call.
  void* frame = d.handle.address();
  asm volatile("" : "+r"(frame));
  const auto opaque = std::coroutine_handle<>::from_address(frame);
  while (!opaque.done()) opaque.resume();
  d.handle.destroy();
}

// --- event -----------------------------------------------------------------------------------
constinit freeco::event to_ping, to_pong;
freeco::task<> ping(uint32_t n) {
  for (uint32_t i = 0; i < n; ++i) {
    to_pong.set();
    co_await to_ping;
    to_ping.reset();
  }
}
freeco::task<> pong(uint32_t n) {
  for (uint32_t i = 0; i < n; ++i) {
    co_await to_pong;
    to_pong.reset();
    sink = i;
    to_ping.set();
  }
}
// n one-way wakes (n even).
void event_wakes(uint32_t n) {
  start(ping(n / 2));
  start(pong(n / 2));
  executor.run();
}

// --- channel ---------------------------------------------------------------------------------
constinit freeco::channel<int, 1> pipe;
freeco::task<> producer(uint32_t n) {
  for (uint32_t i = 0; i < n; ++i) co_await pipe.send(int(i));
}
freeco::task<> consumer(uint32_t n) {
  for (uint32_t i = 0; i < n; ++i) sink = uint32_t(co_await pipe.receive());
}
// n items to Receivers receivers (n a multiple of Receivers).
template <uint32_t Receivers>
void channel_items(uint32_t n) {
  for (uint32_t r = 0; r < Receivers; ++r) start(consumer(n / Receivers));
  start(producer(n));
  executor.run();
}

// --- spawn -----------------------------------------------------------------------------------
// A task spawns a trivial task and yields, so that the child runs and finishes before its next
// step; the same task yielding alone (yields<1>) is subtracted.
freeco::task<> trivial() {
  sink = 0;
  co_return;
}
freeco::task<> spawner(uint32_t n) {
  for (uint32_t i = 0; i < n; ++i) {
    if (freeco::spawn(trivial()) != freeco::spawn_status::spawned) freeco::panic("ERROR(freeco): no frame to spawn into");
    co_await freeco::yield();
  }
}

// --- mutex -----------------------------------------------------------------------------------
constinit freeco::mutex lock;
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

// --- when_any, when_all ----------------------------------------------------------------------
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

// Multiples of 32, so that every split above is whole.
constexpr uint32_t base = 1024, extra = 10240;
template <class Run>
uint32_t measure(Run run) {
  return bench::per_iteration(run, base, extra);
}

}  // namespace

extern "C" int main() {
  bench::start_counter();
  const uint32_t loop = measure(bench::plain_loop);
  auto net = [loop](uint32_t milli) { return milli - loop; };
  const uint32_t indirect = net(measure(bench::indirect_call));
  const uint32_t state_machine = net(measure(bench::state_machine_step));
  const uint32_t ring = net(measure(bench::ring_buffer));

  const uint32_t yield = net(measure(yields<2>));
  bench::metric("yield_resume", yield, "state_machine_step", state_machine);
  bench::metric("yield_resume_8", net(measure(yields<8>)), "state_machine_step", state_machine);
  bench::metric("yield_resume_32", net(measure(yields<32>)), "state_machine_step", state_machine);
  bench::report("compiler share of yield_resume", net(measure(resume_directly)));
  // Each of the n wakes is one loop step of one of the two tasks.
  bench::metric("event_wake_one_way", net(measure(event_wakes)), "state_machine_step", state_machine);
  bench::metric("channel_item_one_way", net(measure(channel_items<1>)), "ring_buffer", ring);
  bench::metric("channel_item_receivers_2", net(measure(channel_items<2>)), "ring_buffer", ring);
  bench::metric("channel_item_receivers_8", net(measure(channel_items<8>)), "ring_buffer", ring);
  bench::metric("spawn_finish", measure(alone<spawner>) - measure(yields<1>), "indirect_call", indirect);
  bench::metric("mutex_lock_unlock", measure(alone<locker>) - measure(alone<plain_task_loop>), "indirect_call", indirect);
  bench::metric("when_any_2", net(measure(alone<any_loop>)), "indirect_call", indirect);
  bench::metric("when_all_2", net(measure(alone<all_loop>)), "indirect_call", indirect);
  return 0;
}
