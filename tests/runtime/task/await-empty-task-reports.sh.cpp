// Awaiting a task whose frame could not be allocated ends the firmware with a message that
// says what happened and what to check, rather than resuming into nothing; "called from"
// names the awaiting coroutine (it once named freeco's own await_empty_task).
// ADDITIONAL_COMPILE_FLAGS: -I%S/../pool/Inputs/small-pools
// RUN: %{build}
// RUN: not %{run} %t.elf | FileCheck %s
#include <runtime_test.h>

namespace {
constinit freeco::executor executor;

freeco::task<int> child() { co_return 1; }
freeco::task<> parent() {
  auto a = child();
  auto b = child();  // the class of 64-byte slots holds two frames: parent's and a's
  RUNTIME_CHECK(a && !b);
  co_await std::move(b);
}
}  // namespace

extern "C" int main() {
  runtime_test::spawn(executor, parent());
  executor.run();
  return 0;
}
// CHECK: ERROR(freeco): co_await on an empty task: its coroutine found no free frame slot
// CHECK-NEXT: called from 0x{{[0-9a-f]+}} <- called from: {{.*}}parent(
