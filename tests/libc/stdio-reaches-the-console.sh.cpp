// REQUIRES: libc
// The C library's output (printf, puts, putchar, fputs and fprintf to stderr) goes wherever
// freeco's console goes: semihosting by default, the board's UART with console_uart.o. An
// unfinished line is written when main returns. newlib-nano's stdio allocates, so its builds
// link the heap opt-in; picolibc's needs no heap.
// RUN: %{cxx} %{flags} %s -o %t.elf %if libc=newlib-nano %{ %{heap_malloc} %} %{link_flags}
// RUN: { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s
// RUN: %{cxx} %{flags} %s -o %t.uart.elf %{console_uart} %if libc=newlib-nano %{ %{heap_malloc} %} %{link_flags}
// RUN: { %{run} --serial stdio %t.uart.elf; echo "exit status: $?"; } | FileCheck %s
// RUN: { %{run} --serial null %t.uart.elf; echo "exit status: $?"; } | FileCheck %s --check-prefix=UNPLUGGED
// CHECK: printf: 42 -7 beef text
// CHECK-NEXT: puts
// CHECK-NEXT: putchar: !
// CHECK-NEXT: fputs to stderr
// CHECK-NEXT: fprintf to stderr: 3
// CHECK-NEXT: from freeco::console
// CHECK-NEXT: an unfinished line
// CHECK-SAME: exit status: 0{{$}}
// UNPLUGGED-NOT: {{.}}
// UNPLUGGED: exit status: 0{{$}}
#include <stdio.h>

#include <freeco/console.hpp>

int main() {
  printf("printf: %d %d %x %s\n", 42, -7, 0xbeefu, "text");
  puts("puts");
  printf("putchar: ");
  putchar('!');
  putchar('\n');
  fputs("fputs to stderr\n", stderr);
  fprintf(stderr, "fprintf to stderr: %d\n", 3);
  freeco::console::write("from freeco::console\n");
  printf("an unfinished line");
  return 0;
}
