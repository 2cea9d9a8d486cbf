// Falling off the end of `int main()` returns 0, as C++ says ([basic.start.main]): the run
// exits 0, on every compiler and board, with work done before the end.
// RUN: %{build}
// RUN: { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s
// CHECK: main ran
// CHECK-NEXT: exit status: 0{{$}}
#include <freeco/console.hpp>

int main() { freeco::console::write("main ran\n"); }
