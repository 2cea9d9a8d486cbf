// main's return value 0 becomes the QEMU runner's exit status.
// RUN: %{build}
// RUN: { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s
// CHECK: exit status: 0{{$}}

extern "C" int main() { return 0; }
