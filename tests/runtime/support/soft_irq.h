// An interrupt the runtime tests raise from software: IRQ 3 on both boards (SPI0_TWI0 on the
// microbit, UART1_TX on the mps2-an386; nothing else drives it in these tests). The test
// defines on_soft_irq().
#pragma once

#include <stdint.h>

void on_soft_irq();
extern "C" void SPI0_TWI0_IRQHandler() { on_soft_irq(); }
extern "C" void UART1_TX_IRQHandler() { on_soft_irq(); }

namespace soft_irq {
inline void enable() { *reinterpret_cast<volatile uint32_t*>(0xE000E100) = 1u << 3; }  // NVIC_ISER0
// Pends it; it runs before the next instruction unless interrupts are masked.
inline void raise() {
  *reinterpret_cast<volatile uint32_t*>(0xE000E200) = 1u << 3;  // NVIC_ISPR0
  asm volatile("dsb\n\tisb" ::: "memory");
}
}  // namespace soft_irq
