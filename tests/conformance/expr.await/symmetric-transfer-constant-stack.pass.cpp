// [expr.await]/5.1.3: when await_suspend returns a coroutine_handle, that coroutine is resumed
// as by a tail call ([coroutine.handle.resumption] note: symmetric transfer), so any number of
// transfers runs in bounded stack. Two coroutines hand control back and forth 100000 times;
// every transfer checks the stack pointer against the first one's and stops the run at the
// first growth past 256 bytes, so a compiler without real tail calls fails with a report
// instead of overflowing the stack.
//
// XFAIL: clang && armv6m
// clang 14 and 19 abort in the backend for thumbv6m ("failed to perform tail call elimination
// on a call site marked musttail"): llvm/llvm-project#60455.
// XFAIL: gcc && armv6m
// GCC 12 on Thumb-1 emits the transfer as an ordinary `blx` (the Arm backend makes no indirect
// sibling calls on Thumb-1), so every transfer leaves a stack frame behind.
// XFAIL: gcc && (opt=-O0 || opt=-O1 || opt=-Og)
// GCC makes tail calls only with -foptimize-sibling-calls (on from -O2 and at -Os): at -O0,
// -O1 and -Og every transfer is a call on the M4 too. Clang guarantees the tail call at every
// level.
#include <stdint.h>

#include <freeco/semihosting.hpp>

#include "coro_test.h"

namespace {

constexpr int transfers = 100000;
constexpr uintptr_t allowed_growth = 256;

int done_transfers = 0;
uintptr_t first_sp = 0;

uintptr_t stack_pointer() {
  uintptr_t sp;
  asm volatile("mov %0, sp" : "=r"(sp));
  return sp;
}

void check_stack() {
  const uintptr_t sp = stack_pointer();
  if (first_sp == 0) first_sp = sp;
  if (first_sp - sp > allowed_growth) {
    freeco::console::write("FAIL: the stack grew by ");
    freeco::console::write_dec(static_cast<int32_t>(first_sp - sp));
    freeco::console::write(" bytes after ");
    freeco::console::write_dec(done_transfers);
    freeco::console::write(" symmetric transfers\n");
    freeco::semihosting::exit(1);
  }
}

// Hands control to `next`, or back to main (through the no-op coroutine) when all are done.
struct transfer_to {
  std::coroutine_handle<> next;
  bool await_ready() const noexcept { return false; }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<>) const noexcept {
    check_stack();
    if (++done_transfers == transfers) return std::noop_coroutine();
    return next;
  }
  void await_resume() const noexcept {}
};

std::coroutine_handle<> partner[2];

coro_test::lazy_task player(int me) {
  for (;;) co_await transfer_to{partner[1 - me]};
}

}  // namespace

extern "C" int main() {
  coro_test::lazy_task a = player(0);
  coro_test::lazy_task b = player(1);
  partner[0] = a.handle;
  partner[1] = b.handle;
  a.handle.resume();  // returns here after the last transfer
  CORO_CHECK(done_transfers == transfers);
  freeco::console::write("transfers: ");
  freeco::console::write_dec(done_transfers);
  freeco::console::write("\n");
  a.handle.destroy();
  a.handle = nullptr;
  b.handle.destroy();
  b.handle = nullptr;
  return coro_test::finish();
}

// CHECK: transfers: 100000
