// No wake-up is lost, wherever the interrupt lands: including between the executor's check of
// its queues and its WFI. 256 trials each arm a one-shot SysTick and then await an
// interrupt_event, with the interrupt moved one instruction later relative to the await each
// time (an exact NOP sled, under -icount), so that across the trials it fires before the
// await, in the task's suspension, in the executor's loop and idle path, and during WFI. A wake
// lost in a window would leave the executor asleep for ever: a timeout.
// The handler records where it interrupted; the test checks that the sweep did cross the
// executor's idle path (interrupts taken inside executor::loop, and at least one held off by
// the masked check and taken right after the unmask).
// RUN: %{build}
// RUN: %{run} --icount %t.elf | FileCheck %s
#include <exact_delay.h>
#include <freeco/interrupt_event.hpp>
#include <runtime_test.h>
#include <freeco/systick.hpp>

#include <freeco/target/board.hpp>

extern "C" const char executor_loop[] asm("_ZN6freeco8executor4loopEb");

namespace {
constinit freeco::executor executor;
constinit freeco::interrupt_event event;
constexpr uint32_t trials = exact_delay::max_nops;
uint32_t interrupted_at[trials];
volatile uint32_t fired = 0;
uint32_t signals_seen = 0;

// The one-shot interrupt fires about 230 instructions after it is armed (-icount: one
// instruction per nanosecond), so with k NOPs between arming and the await it lands
// 230 - k - (fixed overhead) instructions after the await starts.
constexpr uint32_t reload = static_cast<uint32_t>((230ull * freeco::board::core_clock_hz + 999'999'999) / 1'000'000'000);

freeco::task<> sweeper() {
  for (uint32_t k = 0; k < trials; ++k) {
    freeco::systick::start(reload);
    exact_delay::nops(k);
    signals_seen += co_await event;
    RUNTIME_CHECK(signals_seen == k + 1);
  }
}
}  // namespace

extern "C" void on_tick(const uint32_t* frame) {
  freeco::systick::stop();
  interrupted_at[fired] = frame[6];  // the stacked return address
  fired = fired + 1;
  event.signal();
}

// The stacked frame is at the stack pointer on entry (thread mode runs on MSP).
extern "C" [[gnu::naked]] void SysTick_Handler() { asm volatile("mov r0, sp\n\tldr r1, =on_tick\n\tbx r1\n\t.ltorg"); }

extern "C" int main() {
  runtime_test::spawn(executor, sweeper());
  executor.run();
  RUNTIME_CHECK(fired == trials && signals_seen == trials);

  // executor::loop from its start to the instruction after its `cpsie i` (0xb662).
  // (The symbol's value carries the Thumb bit; hide it from the compiler, which would assume
  // the address even and drop the mask.)
  uintptr_t begin = reinterpret_cast<uintptr_t>(executor_loop);
  asm("" : "+r"(begin));
  begin &= ~uintptr_t{1};
  const uint16_t* code = reinterpret_cast<const uint16_t*>(begin);
  uint32_t unmask = 0;
  while (code[unmask] != 0xb662) {
    ++unmask;
    RUNTIME_CHECK(unmask < 256);  // executor::loop has a cpsie i
  }
  const uintptr_t after_unmask = begin + 2 * unmask + 2;
  uint32_t in_loop = 0, held_off = 0;
  for (uint32_t address : interrupted_at) {
    if (address >= begin && address < after_unmask) ++in_loop;
    if (address == after_unmask) ++held_off;
  }
  runtime_test::print("wake-ups: ", static_cast<long>(signals_seen));
  runtime_test::print("interrupted inside the executor loop: ", in_loop >= 1);
  runtime_test::print("held off by the masked check, taken at the unmask: ", held_off >= 1);
  return 0;
}
// CHECK: wake-ups: 256
// CHECK-NEXT: interrupted inside the executor loop: 1
// CHECK-NEXT: held off by the masked check, taken at the unmask: 1
