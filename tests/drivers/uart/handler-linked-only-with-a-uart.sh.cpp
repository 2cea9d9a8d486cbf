// The driver's interrupt handlers are linked exactly when the firmware has a uart: without
// one, UART0's vectors keep the weak default handler and no driver code is in the image.
// RUN: %{cxx} %{flags} %s -o %t.without.elf %{link_flags}
// RUN: %{cxx} %{flags} -DWITH_UART %s -o %t.with.elf %{link_flags}
// RUN: %{objdump} -t %t.without.elf | FileCheck %s --check-prefix=WITHOUT
// RUN: %{objdump} -t %t.with.elf | FileCheck %s --check-prefix=WITH
// WITHOUT-NOT: uart_core
// WITHOUT: {{ w +F }}.text {{.*}} UART0{{(_RX)?}}_IRQHandler
// WITHOUT-NOT: uart_core
// WITH: {{ g +F }}.text {{.*}} UART0{{(_RX)?}}_IRQHandler
#ifdef WITH_UART
#include <freeco/uart.hpp>
constinit freeco::uart<16> serial;
#endif

extern "C" int main() {
#ifdef WITH_UART
  serial.start();
#endif
  return 0;
}
