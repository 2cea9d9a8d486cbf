// `int main(int argc, char** argv)` links on every compiler; startup passes argc 0 and an argv
// whose argv[argc] is a null pointer. Falling off its end returns 0 too.
// RUN: %{build}
// RUN: { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s
// CHECK: argc 0, argv[argc] null
// CHECK-NEXT: exit status: 0{{$}}
#include <freeco/console.hpp>

int main(int argc, char** argv) {
  freeco::console::write("argc ");
  freeco::console::write_dec(argc);
  freeco::console::write(argv[argc] == nullptr ? ", argv[argc] null\n" : ", argv[argc] set\n");
}
