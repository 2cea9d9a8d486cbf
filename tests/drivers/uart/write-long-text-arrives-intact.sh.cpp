// One write of 1 KiB (far more than the hardware holds: one byte) arrives intact and in
// order, and the write returns only once every byte is in the hardware: the console line
// printed after it comes after the text. The writer starts with interrupts masked, so that
// it must wait for the interrupt handler (QEMU's UART would otherwise take it all at once).
// RUN: %{build}
// RUN: %{run} --serial stdio %t.elf < /dev/null | FileCheck %s
// CHECK: line 00: 0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQR{{$}}
// CHECK-NEXT: line 01: 123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRS{{$}}
// CHECK-NEXT: line 02: 23456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRST{{$}}
// CHECK-NEXT: line 03: 3456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTU{{$}}
// CHECK-NEXT: line 04: 456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUV{{$}}
// CHECK-NEXT: line 05: 56789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVW{{$}}
// CHECK-NEXT: line 06: 6789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWX{{$}}
// CHECK-NEXT: line 07: 789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXY{{$}}
// CHECK-NEXT: line 08: 89abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ{{$}}
// CHECK-NEXT: line 09: 9abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0{{$}}
// CHECK-NEXT: line 10: abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ01{{$}}
// CHECK-NEXT: line 11: bcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ012{{$}}
// CHECK-NEXT: line 12: cdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123{{$}}
// CHECK-NEXT: line 13: defghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ01234{{$}}
// CHECK-NEXT: line 14: efghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ012345{{$}}
// CHECK-NEXT: line 15: fghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456{{$}}
// CHECK-NEXT: wrote 1024{{$}}
#include "Inputs/uart_test.h"

namespace {
constinit freeco::uart<16> serial;
constexpr char symbols[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
constexpr size_t line_length = 64;  // "line NN: " + 54 symbols + '\n'
char text[16 * line_length];

void fill() {
  char* p = text;
  for (int line = 0; line < 16; ++line) {
    const char head[] = {'l', 'i', 'n', 'e', ' ', char('0' + line / 10), char('0' + line % 10), ':', ' '};
    for (char c : head) *p++ = c;
    for (size_t i = 0; i < line_length - sizeof head - 1; ++i) *p++ = symbols[(line + i) % (sizeof symbols - 1)];
    *p++ = '\n';
  }
}

freeco::task<> writer() {
  asm volatile("cpsid i" ::: "memory");  // the executor unmasks when it sleeps
  co_await serial.write(text, sizeof text);
}
}  // namespace

extern "C" int main() {
  fill();
  serial.start();
  uart_test::run(writer());
  runtime_test::print("wrote ", static_cast<long>(sizeof text));
  return 0;
}
