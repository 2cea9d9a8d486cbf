// Without a choice, freeco::exit is semihosting's: the runner exits with the status, whether
// main returns it or calls freeco::exit, and freeco::previous_exit() has no record.
// RUN: %{build}
// RUN: { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s
// CHECK: no record
// CHECK-NEXT: exit status: 9{{$}}
#include <freeco/console.hpp>
#include <freeco/exit.hpp>

int main() {
  if (!freeco::previous_exit().valid) freeco::console::write("no record\n");
  freeco::exit(9);
}
