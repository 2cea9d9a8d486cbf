// A handler the program defines replaces the weak default: the same pended interrupt as in
// unhandled-irq-is-reported.sh.cpp now runs the program's code, and the run ends normally.
#include <freeco/target/nvic.hpp>

namespace {
volatile int calls = 0;
}

// IRQ 3 on both boards: SPI0_TWI0 (microbit) and UART1_TX (mps2-an386).
extern "C" void SPI0_TWI0_IRQHandler() { calls = calls + 1; }
extern "C" void UART1_TX_IRQHandler() { calls = calls + 1; }

extern "C" int main() {
  freeco::nvic::enable(3);
  freeco::nvic::pend(3);
  asm volatile("dsb\n\tisb" ::: "memory");
  return calls == 1 ? 0 : 1;
}
