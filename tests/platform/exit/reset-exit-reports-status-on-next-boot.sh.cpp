// The resetting exit (exit_reset.o): main's status goes into a .noinit record, SYSRESETREQ
// restarts the board, and the next boot reports the status and offers it to the firmware
// through freeco::previous_exit(). (This test ends its second run through semihosting.)
// RUN: %{cxx} %{flags} %s -o %t.elf %{exit_reset} %{link_flags}
// RUN: { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s
// CHECK: boot without a record: ending with 5
// CHECK-NEXT: freeco: the previous run ended with exit status 5
// CHECK-NEXT: boot after status 5
// CHECK-NEXT: exit status: 0{{$}}
#include <freeco/console.hpp>
#include <freeco/exit.hpp>
#include <freeco/semihosting.hpp>

int main() {
  const freeco::previous_run previous = freeco::previous_exit();
  if (!previous.valid) {
    freeco::console::write("boot without a record: ending with 5\n");
    return 5;
  }
  freeco::console::write("boot after status ");
  freeco::console::write_dec(previous.status);
  freeco::console::write("\n");
  freeco::semihosting::exit(previous.status == 5 ? 0 : 1);
}
