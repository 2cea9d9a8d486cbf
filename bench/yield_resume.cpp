// yield -> resume through the executor: two tasks run `co_await yield()` in a loop, so each
// step suspends one task, queues it, returns to the executor, takes the other task off the
// queue and resumes it. The baseline is the same loop body without the yield, in a plain
// function; per step = (two tasks' loops - baseline for both) / steps.
//
// A second baseline splits that cost: the same coroutine loop, suspending with suspend_always
// and resumed straight from a plain loop, is what the compiler's own suspend and resume cost;
// the rest is the runtime's (the yield's queueing and the executor's round).
#include <freeco/executor.hpp>

#include "measure.hpp"

namespace {

constinit freeco::executor executor;
volatile uint32_t sink;

[[gnu::noinline]] void plain_loop(uint32_t n) {
  for (uint32_t i = 0; i < n; ++i) sink = i;
}

freeco::task<> yielding_loop(uint32_t n) {
  for (uint32_t i = 0; i < n; ++i) {
    sink = i;
    co_await freeco::yield();
  }
}

void start(freeco::task<>&& t) {
  if (executor.spawn(static_cast<freeco::task<>&&>(t)) != freeco::spawn_status::spawned)
    freeco::panic("ERROR(freeco): no frame for a benchmark task");
}

// n steps in all, half per task.
void run_tasks(uint32_t n) {
  start(yielding_loop(n / 2));
  start(yielding_loop(n / 2));
  executor.run();
}

// The compiler-only baseline: a coroutine resumed by hand, frame in a static buffer.
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
  if (!d.handle) freeco::panic("ERROR(freeco): no frame for the direct-resume baseline");
  // Through an address the compiler cannot see into, as the executor resumes: an indirect call.
  void* frame = d.handle.address();
  asm volatile("" : "+r"(frame));
  const auto opaque = std::coroutine_handle<>::from_address(frame);
  while (!opaque.done()) opaque.resume();
  d.handle.destroy();
}

}  // namespace

extern "C" int main() {
  bench::start_counter();
  const uint32_t baseline = bench::per_iteration(plain_loop);
  const uint32_t direct_resume = bench::per_iteration(resume_directly);
  const uint32_t with_yield = bench::per_iteration(run_tasks);
  bench::report("loop step, baseline", baseline);
  bench::report("suspend + direct resume (compiler only)", direct_resume - baseline);
  bench::report("runtime's share (queue + executor round)", with_yield - direct_resume);
  bench::report("yield -> resume", with_yield - baseline);
  return 0;
}
