// An interrupt the runtime tests raise from software: IRQ 3 on both boards (SPI0_TWI0 on the
// microbit, UART1_TX on the mps2-an386; nothing else drives it in these tests). The test
// defines on_soft_irq().
#pragma once

#include <freeco/target/nvic.hpp>

void on_soft_irq();
extern "C" void SPI0_TWI0_IRQHandler() { on_soft_irq(); }
extern "C" void UART1_TX_IRQHandler() { on_soft_irq(); }

namespace soft_irq {
inline void enable() { freeco::nvic::enable(3); }
// Pends it; it runs before the next instruction unless interrupts are masked.
inline void raise() {
  freeco::nvic::pend(3);
  asm volatile("dsb\n\tisb" ::: "memory");
}
}  // namespace soft_irq
