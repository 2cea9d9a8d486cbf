// The frame layout the executor rests on (freeco/callback_node.hpp, detail::handle_of): the
// compiler's coroutine_handle reaches a promise at the same offset for every freeco promise
// type (a task of void, of int, of an 8-aligned value, from a pool of its own), handle_of()
// finds the frame from the promise's task_node alone, and a callback_node, resumed through
// the builtins as if it were a frame, calls its function with its own address.
#include <freeco/callback_node.hpp>
#include <runtime_test.h>
#include <stdint.h>

namespace {
constinit freeco::executor executor;
constinit freeco::frame_pool<128, 1> own_frames;
int checked = 0;

// In await_suspend the compiler hands over the coroutine's own handle, of its own promise type.
struct check_layout {
  bool await_ready() const noexcept { return false; }
  template <class P>
  bool await_suspend(std::coroutine_handle<P> me) noexcept {
    const auto* frame = static_cast<const unsigned char*>(me.address());
    const auto* promise = reinterpret_cast<const unsigned char*>(&me.promise());
    RUNTIME_CHECK(promise - frame == 2 * sizeof(void*));
    RUNTIME_CHECK(freeco::detail::handle_of(me.promise()).address() == me.address());
    ++checked;
    return false;  // go on without suspending
  }
  void await_resume() const noexcept {}
};

freeco::task<> of_void() { co_await check_layout{}; }
freeco::task<int> of_int() {
  co_await check_layout{};
  co_return 1;
}
freeco::task<uint64_t> of_wide() {
  co_await check_layout{};
  co_return 2;
}
freeco::task<> pooled(freeco::in_pool<own_frames>) { co_await check_layout{}; }

// The results go through variables: GCC 12.2 skips the whole body of a coroutine that has a
// co_await inside an if condition (as RUNTIME_CHECK(co_await ...) would make it).
freeco::task<> all() {
  co_await of_void();
  const int one = co_await of_int();
  const uint64_t two = co_await of_wide();
  RUNTIME_CHECK(one == 1 && two == 2);
  co_await pooled({});
}

void* called_with = nullptr;
void callback(void* self) { called_with = self; }
constinit freeco::detail::callback_node node(&callback);
}  // namespace

extern "C" int main() {
  runtime_test::spawn(executor, all());
  executor.run();
  RUNTIME_CHECK(checked == 4);
  // A callback_node is resumed like a frame: through the handle of its address.
  RUNTIME_CHECK(freeco::detail::handle_of(node.node).address() == &node);
  std::coroutine_handle<>::from_address(&node).resume();
  RUNTIME_CHECK(called_with == &node);
  runtime_test::print("layouts checked: ", checked);
  return 0;
}
// CHECK: layouts checked: 4
