// What an unhandled exception leaves behind: its name, the stacked registers, the CPU's fault
// status (cpu.hpp), and a non-zero exit status of 128 + the exception number. Never a spin:
// a fault in firmware under test must end the run, not become a timeout.
// The full report (freeco/report.hpp: freeco_unhandled_exception, weak); console_none.o has
// the silent one.
#include <freeco/console.hpp>
#include <freeco/exit.hpp>
#include <freeco/report.hpp>
#include <stdint.h>

#include <freeco/target/cpu.hpp>
#include <freeco/target/mmio.hpp>

namespace {

struct exception_info {
  const char* name;
  const char* handler;  // what to define to handle it
};

exception_info describe(uint32_t number) {
  switch (number) {
    case 2: return {"NMI", "NMI_Handler"};
    case 3: return {"HardFault", "HardFault_Handler"};
    case 4: return {"MemManage", "MemManage_Handler"};
    case 5: return {"BusFault", "BusFault_Handler"};
    case 6: return {"UsageFault", "UsageFault_Handler"};
    case 11: return {"SVCall", "SVC_Handler"};
    case 12: return {"DebugMonitor", "DebugMon_Handler"};
    case 14: return {"PendSV", "PendSV_Handler"};
    case 15: return {"SysTick", "SysTick_Handler"};
    default: return {"reserved exception", nullptr};
  }
}

void write_register(const char* name, uint32_t value) {
  freeco::console::write(name);
  freeco::console::write_hex(value);
}

}  // namespace

extern "C" char __freeco_stack_limit[], __freeco_stack_top[];  // link.ld

// The stack ran past its end (the exception's frame is below it): no registers to show, they
// did not make it onto the stack.
extern "C" [[noreturn, gnu::used]] void freeco_stack_overflow_report() {
  using namespace freeco;
  uint32_t ipsr;
  asm volatile("mrs %0, ipsr" : "=r"(ipsr));
  console::write("\nERROR(freeco): stack overflow: the stack (");
  console::write_dec(static_cast<int32_t>(__freeco_stack_top - __freeco_stack_limit));
  console::write(" bytes at ");
  console::write_hex(reinterpret_cast<uint32_t>(__freeco_stack_limit));
  console::write(") ran out: deep recursion or a large local variable? Use less, or give the stack "
                 "more room with -Wl,--defsym=__freeco_stack_size=N (a multiple of 8)\n");
  freeco::exit(128 + static_cast<int>(ipsr & 0x1FF));
}

// frame: r0, r1, r2, r3, r12, lr, pc, xpsr as the core stacked them on exception entry.
extern "C" [[noreturn, gnu::used]] void freeco_fault_report(const uint32_t* frame) {
  using namespace freeco;
  uint32_t ipsr;
  asm volatile("mrs %0, ipsr" : "=r"(ipsr));
  const uint32_t number = ipsr & 0x1FF;
  console::write("\nERROR(freeco): ");
  if (number >= 16) {
    console::write("unhandled interrupt IRQ ");
    console::write_dec(static_cast<int32_t>(number - 16));
    console::write(": define its <NAME>_IRQHandler (board.hpp lists the names) or leave it disabled\n");
  } else if (number >= 3 && number <= 6) {
    if (const char* headline = cpu::fault_headline(number)) {
      console::write(headline);
      console::write(" (");
      console::write(describe(number).name);
      console::write(")\n");
    } else {
      console::write(describe(number).name);
      console::write(" (fault)\n");
    }
  } else {
    const exception_info info = describe(number);
    console::write(info.name);
    console::write(" with no handler: define ");
    console::write(info.handler ? info.handler : "its handler");
    console::write("\n");
  }
  write_register("  r0    = ", frame[0]);
  write_register("  r1    = ", frame[1]);
  write_register("  r2    = ", frame[2]);
  write_register("  r3    = ", frame[3]);
  write_register("\n  r12   = ", frame[4]);
  write_register("  lr    = ", frame[5]);
  write_register("  pc    = ", frame[6]);
  write_register("  xpsr  = ", frame[7]);
  console::write("\n");
  unsigned shown = 0;
  for (const cpu::fault_status_register& r : cpu::fault_status_registers) {
    if (r.name == nullptr) break;
    console::write("  ");
    console::write(r.name);
    write_register(" = ", mmio::reg(r.address));
    if (++shown % 2 == 0) console::write("\n");
  }
  for (const cpu::fault_status_bit& bit : cpu::fault_status_bits) {
    if (bit.name == nullptr) break;
    if ((mmio::reg(bit.address) & bit.mask) == 0) continue;
    console::write("  ");
    console::write(bit.name);
    console::write("\n");
  }
  freeco::exit(128 + static_cast<int>(number));
}

// Finds the stacked exception frame (MSP or PSP, by EXC_RETURN bit 2) and goes on to the report
// with its address in r0. A frame below the stack's end means the stack overflowed (the M4's
// MPU guard caught it; the core still enters the handler) and there is no room to run the
// report on: it starts over at the stack's top, where nothing matters any more. Thumb-1 only,
// so one body serves Armv6-M and Armv7-M; far branches go through a register.
extern "C" [[gnu::weak, gnu::naked]] void freeco_unhandled_exception() {
  asm volatile(
      "movs r0, #4\n\t"
      "mov r1, lr\n\t"
      "tst r0, r1\n\t"
      "beq 1f\n\t"
      "mrs r0, psp\n\t"
      "b 2f\n"
      "1:\n\t"
      "mrs r0, msp\n"
      "2:\n\t"
      "ldr r1, =__freeco_stack_limit\n\t"
      "cmp r0, r1\n\t"
      "bhs 3f\n\t"
      "ldr r1, =__freeco_stack_top\n\t"
      "mov sp, r1\n\t"
      "ldr r2, =freeco_stack_overflow_report\n\t"
      "bx r2\n"
      "3:\n\t"
      "ldr r2, =freeco_fault_report\n\t"
      "bx r2\n\t"
      ".ltorg");
}
