// The resetting exit (exit_reset.o): main's status goes into a .noinit record, SYSRESETREQ
// restarts the board, and the next boot reports the status and offers it to the firmware
// through freeco::previous_exit(). The record is taken once: a restart that does not go
// through freeco::exit (here a bare SYSRESETREQ, as a watchdog would) finds nothing. (The
// test counts its boots in a .noinit word of its own and ends its third run through
// semihosting.)
// RUN: %{cxx} %{flags} %s -o %t.elf %{exit_reset} %{link_flags}
// RUN: { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s
// CHECK: boot 1 without a record: ending with 5
// CHECK-NEXT: freeco: the previous run ended with exit status 5
// CHECK-NEXT: boot 2 after status 5: restarting without freeco::exit
// CHECK-NEXT: boot 3 without a record
// CHECK-NEXT: exit status: 0{{$}}
#include <freeco/console.hpp>
#include <freeco/exit.hpp>
#include <freeco/semihosting.hpp>
#include <stdint.h>

#include <freeco/target/mmio.hpp>

namespace {
constexpr uint32_t counting = 0xB007'5EEDu;
struct boots {
  uint32_t mark;
  uint32_t count;
};
[[gnu::section(".noinit.test_boots")]] boots boot;

void say(const char* text) { freeco::console::write(text); }
}  // namespace

int main() {
  if (boot.mark != counting) boot = {counting, 0};  // power-on
  const uint32_t n = ++boot.count;
  const freeco::previous_run previous = freeco::previous_exit();
  if (n == 1 && !previous.valid) {
    say("boot 1 without a record: ending with 5\n");
    return 5;
  }
  if (n == 2 && previous.valid && previous.status == 5) {
    say("boot 2 after status 5: restarting without freeco::exit\n");
    asm volatile("dsb" ::: "memory");
    freeco::mmio::reg(0xE000'ED0C) = (0x05FAu << 16) | (1u << 2);  // AIRCR.SYSRESETREQ
    for (;;) asm volatile("wfi");
  }
  if (n == 3 && !previous.valid) {
    say("boot 3 without a record\n");
    freeco::semihosting::exit(0);
  }
  say("unexpected: boot ");
  freeco::console::write_dec(static_cast<int32_t>(n));
  say(previous.valid ? " with a record\n" : " without a record\n");
  freeco::semihosting::exit(1);
}
