// A thread-mode task that computes without ever suspending is preempted by an
// interrupt_executor's task that a board timer's interrupt wakes: the busy loop below ends only
// when the urgent task has run, so without preemption the firmware would spin until QEMU's
// timeout. At each level this_core() names that level's executor, task and level (the urgent
// one's while it runs, the thread task's again after), and a thread_local is the core's one
// block at both. Under -icount, so that the timer's interrupt comes after its clocks of
// instructions (in real time, QEMU translating the loop may take longer than the delay).
// RUN: %{build}
// RUN: %{run} --icount %t.elf | FileCheck %s
// CHECK: busy steps before the last preemption: {{[1-9][0-9]*}}
#include <freeco/interrupt_event.hpp>
#include <levels.h>
#include <runtime_test.h>

#include <freeco/target/cpu_mode.hpp>
#include <freeco/target/nvic.hpp>
#include <freeco/target/timer_hw.hpp>

namespace hw = freeco::board::timer_hw;

namespace {
constinit freeco::executor executor;
constinit freeco::interrupt_event timer_fired;
thread_local int per_core = 0;

volatile uint32_t busy_steps = 0;  // the busy task's progress
volatile uint32_t urgent_rounds = 0;
freeco::detail::task_node* urgent_task = nullptr;
const int* urgent_sees = nullptr;  // &per_core at the urgent level

freeco::task<> react() {
  for (uint32_t round = 0; round < 3; ++round) {
    RUNTIME_CHECK(co_await timer_fired == 1);
    freeco::core_context& core = freeco::this_core();
    RUNTIME_CHECK(core.executor == &levels::urgent);
    RUNTIME_CHECK(core.level == 16 + freeco::board::free_irqs[0]);
    RUNTIME_CHECK(freeco::cpu::exception_number() == core.level);
    RUNTIME_CHECK(core.thread_executor == &executor);
    if (round == 0) urgent_task = core.current;
    RUNTIME_CHECK(core.current == urgent_task && urgent_task != nullptr);
    RUNTIME_CHECK(busy_steps > 0);  // it came in while the busy task was at work
    per_core += 10;
    urgent_sees = &per_core;
    urgent_rounds = round + 1;
  }
}

freeco::task<> crunch() {
  co_await freeco::yield();
  freeco::core_context& core = freeco::this_core();
  freeco::detail::task_node* const me = core.current;
  for (uint32_t round = 0; round < 3; ++round) {
    busy_steps = 0;
    hw::start(0, 2000 + 700 * round);
    while (urgent_rounds == round) busy_steps = busy_steps + 1;  // no co_await: only preemption ends it
    RUNTIME_CHECK(core.executor == &executor && core.thread_executor == &executor);
    RUNTIME_CHECK(core.current == me && core.level == 0 && !freeco::cpu::in_interrupt());
    per_core += 1;
  }
  RUNTIME_CHECK(urgent_sees == &per_core && per_core == 33);
  runtime_test::print("busy steps before the last preemption: ", long(busy_steps));
}
}  // namespace

extern "C" void TIMER0_IRQHandler() {
  hw::acknowledge(0);
  timer_fired.signal();
}

extern "C" int main() {
  hw::init(0);
  freeco::nvic::enable(hw::irq[0]);
  runtime_test::spawn(levels::urgent, react());  // before start: it runs once started
  levels::start();
  runtime_test::spawn(executor, crunch());
  executor.run();
  RUNTIME_CHECK(urgent_rounds == 3 && levels::urgent.live_tasks() == 0);
  RUNTIME_CHECK(freeco::this_core().executor == nullptr && freeco::this_core().thread_executor == nullptr);
  return 0;
}
