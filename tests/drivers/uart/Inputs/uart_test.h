// Shared by the UART driver tests: the executor, starting the uart, and printing on the
// semihosting console (which qemu-run --serial stdio interleaves with the UART's output).
#pragma once

#include <freeco/uart.hpp>
#include <runtime_test.h>

namespace uart_test {

inline constinit freeco::executor executor;

// Starts the uart, then prints the line that the RUN lines hand to qemu-run --input-after:
// input is sent only once the receiver is on (see toolchain/qemu-run).
template <class Uart>
void start(Uart& serial) {
  serial.start();
  freeco::console::write("uart ready\n");
}

// Runs one task to its end.
inline void run(freeco::task<>&& t) {
  runtime_test::spawn(executor, static_cast<freeco::task<>&&>(t));
  executor.run();
}

// "<label>[<text>]" and the numbers after it, on one console line.
inline void print_line(const char* label, const char* text, const freeco::uart_line& line) {
  freeco::console::write(label);
  freeco::console::write("[");
  freeco::console::write(text);
  freeco::console::write("] length ");
  freeco::console::write_dec(static_cast<int32_t>(line.length));
  freeco::console::write(line.too_long ? " too long\n" : "\n");
}

}  // namespace uart_test
