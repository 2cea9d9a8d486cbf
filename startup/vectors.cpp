// The vector table: 16 system entries (Armv7-M ARM B1.5.2; Armv6-M ARM B1.5.2) followed by
// exactly the board's external interrupts. Every handler is weak: define one with the same
// name to replace it. Unreplaced ones report the exception and end the firmware (fault.cpp,
// or console_none.o's silent report).
#include <stdint.h>

#include <freeco/target/board.hpp>
#include <freeco/target/cpu.hpp>

using handler = void (*)();

struct vector_table {
  const void* initial_stack;  // 0: loaded into SP at reset
  handler reset;              // 1
  handler nmi;                // 2
  handler hard_fault;         // 3
  handler mem_manage;         // 4: Armv7-M only
  handler bus_fault;          // 5: Armv7-M only
  handler usage_fault;        // 6: Armv7-M only
  handler reserved_7_10[4];   // 7-10
  handler svcall;             // 11
  handler debug_monitor;      // 12: Armv7-M only
  handler reserved_13;        // 13
  handler pendsv;             // 14
  handler systick;            // 15
  handler irq[freeco::board::irq_count];  // 16 + n: external interrupt n
};
static_assert(sizeof(vector_table) == (16 + freeco::board::irq_count) * sizeof(handler),
              "BUG(freeco): vector_table has padding or a wrong entry count");

#define FREECO_COUNT_IRQ(name) +1
static_assert(0 FREECO_BOARD_IRQS(FREECO_COUNT_IRQ) == freeco::board::irq_count,
              "BUG(freeco): the board's FREECO_BOARD_IRQS list and irq_count disagree");

extern "C" {
extern char __freeco_stack_top[];
[[noreturn]] void Reset_Handler();

// Every exception and interrupt without a handler of its own: on to the report (freeco/report.hpp),
// registers and stack as the exception left them. Through a register because Thumb-1 `b`
// reaches only +-2 KiB.
[[gnu::naked]] void freeco_default_handler() {
  asm volatile(
      "ldr r0, =freeco_unhandled_exception\n\t"
      "bx r0\n\t"
      ".ltorg");
}

#define FREECO_WEAK_HANDLER(name) void name() noexcept __attribute__((weak, alias("freeco_default_handler")));
FREECO_WEAK_HANDLER(NMI_Handler)
FREECO_WEAK_HANDLER(HardFault_Handler)
FREECO_WEAK_HANDLER(MemManage_Handler)
FREECO_WEAK_HANDLER(BusFault_Handler)
FREECO_WEAK_HANDLER(UsageFault_Handler)
FREECO_WEAK_HANDLER(SVC_Handler)
FREECO_WEAK_HANDLER(DebugMon_Handler)
FREECO_WEAK_HANDLER(PendSV_Handler)
FREECO_WEAK_HANDLER(SysTick_Handler)
#define FREECO_WEAK_IRQ_HANDLER(name) FREECO_WEAK_HANDLER(name##_IRQHandler)
FREECO_BOARD_IRQS(FREECO_WEAK_IRQ_HANDLER)

extern const vector_table __freeco_vector_table;
}

namespace {
// Slots the architecture reserves stay zero on Armv6-M.
constexpr handler armv7m_only(handler h) { return freeco::cpu::has_configurable_faults ? h : nullptr; }
}  // namespace

// link.ld's .stack takes its flags from this empty input section: writable, no bits. Without
// it lld marks the section read-only, and `size` counts the 2 KiB of stack as text.
asm(".section .freeco.stack,\"aw\",%nobits\n\t.previous");

#define FREECO_IRQ_ENTRY(name) name##_IRQHandler,
[[gnu::used, gnu::section(".freeco.vectors")]] constinit const vector_table __freeco_vector_table = {
    __freeco_stack_top,
    Reset_Handler,
    NMI_Handler,
    HardFault_Handler,
    armv7m_only(MemManage_Handler),
    armv7m_only(BusFault_Handler),
    armv7m_only(UsageFault_Handler),
    {nullptr, nullptr, nullptr, nullptr},
    SVC_Handler,
    armv7m_only(DebugMon_Handler),
    nullptr,
    PendSV_Handler,
    SysTick_Handler,
    {FREECO_BOARD_IRQS(FREECO_IRQ_ENTRY)},
};
