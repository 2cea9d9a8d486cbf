// freeco's first demo: two coroutine tasks pass messages through a one-slot mailbox, on a
// round-robin loop, with frames from a static arena (no heap). The executor, the pools and
// the channel of freeco's runtime replace the pieces written out here as they land.
#include <coroutine>
#include <freeco/console.hpp>

#include "board.hpp"

namespace {

using size_t = decltype(sizeof 0);

// Frames come from here: two tasks, each frame at most 128 bytes.
alignas(8) unsigned char arena[2][128];
unsigned frames_used = 0;

// The ready queue: tasks that can run, in order.
std::coroutine_handle<> ready[4];
unsigned ready_head = 0, ready_count = 0;

void make_ready(std::coroutine_handle<> task) { ready[(ready_head + ready_count++) % 4] = task; }

struct task {
  struct promise_type {
    static void* operator new(size_t size) noexcept {
      if (size > sizeof arena[0] || frames_used == 2) return nullptr;
      return arena[frames_used++];
    }
    static void operator delete(void*, size_t) noexcept {}
    static task get_return_object_on_allocation_failure() noexcept { return {nullptr}; }
    task get_return_object() { return {std::coroutine_handle<promise_type>::from_promise(*this)}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  std::coroutine_handle<promise_type> handle;
};

// A one-slot mailbox: send waits while full, receive waits while empty. The waiting task is
// put back on the ready queue when the other side makes progress.
struct mailbox {
  int value = 0;
  bool full = false;
  std::coroutine_handle<> waiter;

  void wake() {
    if (waiter) make_ready(waiter);
    waiter = nullptr;
  }
  auto send(int v) {
    struct awaiter {
      mailbox& box;
      int v;
      bool await_ready() const { return !box.full; }
      void await_suspend(std::coroutine_handle<> me) { box.waiter = me; }
      void await_resume() {
        box.value = v;
        box.full = true;
        box.wake();
      }
    };
    return awaiter{*this, v};
  }
  auto receive() {
    struct awaiter {
      mailbox& box;
      bool await_ready() const { return box.full; }
      void await_suspend(std::coroutine_handle<> me) { box.waiter = me; }
      int await_resume() {
        box.full = false;
        box.wake();
        return box.value;
      }
    };
    return awaiter{*this};
  }
};

mailbox box;
constexpr int message_count = 5;
int received_sum = 0;

task producer() {
  for (int i = 1; i <= message_count; ++i) {
    freeco::console::write("producer: send ");
    freeco::console::write_dec(i);
    freeco::console::write("\n");
    co_await box.send(i);
  }
}

task consumer() {
  for (int i = 0; i < message_count; ++i) {
    int v = co_await box.receive();
    freeco::console::write("consumer: got ");
    freeco::console::write_dec(v);
    freeco::console::write("\n");
    received_sum += v;
  }
}

}  // namespace

extern "C" int main() {
  freeco::console::write("freeco demo on ");
  freeco::console::write(freeco::board::name);
  freeco::console::write(": two tasks, one mailbox\n");
  task tasks[] = {producer(), consumer()};
  for (task& t : tasks) {
    if (!t.handle) {
      freeco::console::write("ERROR(freeco): demo task frame does not fit its arena slot\n");
      return 1;
    }
    make_ready(t.handle);
  }
  while (ready_count != 0) {
    std::coroutine_handle<> next = ready[ready_head];
    ready_head = (ready_head + 1) % 4;
    --ready_count;
    next.resume();  // runs until the task waits on the mailbox (it is re-queued by the wake) or ends
  }
  for (task& t : tasks) {
    if (!t.handle.done()) {
      freeco::console::write("ERROR(freeco): demo deadlock: a task waits and nothing will wake it\n");
      return 1;
    }
  }
  freeco::console::write("demo: done, sum = ");
  freeco::console::write_dec(received_sum);
  freeco::console::write(received_sum == 15 ? " (expected 15)\n" : " (WRONG: expected 15)\n");
  for (task& t : tasks) t.handle.destroy();
  return received_sum == 15 ? 0 : 1;
}
