// The per-core context slot: this_core() is the one record of these single-core boards; while
// an executor runs, it names that executor (also inside an interrupt handler) and the coroutine
// being resumed; afterwards the previous values are back.
#include <runtime_test.h>

namespace {
constinit freeco::executor executor;
freeco::executor* seen_in_handler = nullptr;

freeco::task<int> child(freeco::detail::task_node*& me) {
  me = freeco::this_core().current;
  co_return 1;
}

freeco::task<> parent() {
  freeco::core_context& core = freeco::this_core();
  RUNTIME_CHECK(core.executor == &executor);
  freeco::detail::task_node* const mine = core.current;
  RUNTIME_CHECK(mine != nullptr);
  freeco::detail::task_node* child_node = nullptr;
  co_await child(child_node);
  RUNTIME_CHECK(child_node != nullptr && child_node != mine);  // the child ran as itself
  RUNTIME_CHECK(core.current == mine);                         // and this task goes on
  asm volatile("svc 0");                                       // an "interrupt" reads the slot
  RUNTIME_CHECK(seen_in_handler == &executor);
}
}  // namespace

extern "C" void SVC_Handler() { seen_in_handler = freeco::this_core().executor; }

extern "C" int main() {
  static_assert(freeco::board::core_count == 1 && freeco::board::core_id() == 0);
  RUNTIME_CHECK(&freeco::this_core() == &freeco::cores[0]);
  RUNTIME_CHECK(freeco::this_core().executor == nullptr);
  runtime_test::spawn(executor, parent());
  executor.run();
  RUNTIME_CHECK(freeco::this_core().executor == nullptr);  // restored on return
  RUNTIME_CHECK(freeco::this_core().current == nullptr);
  runtime_test::print("executor restored: ", freeco::this_core().executor == nullptr);
  return 0;
}
// CHECK: executor restored: 1
