// main's return value 1 becomes the QEMU runner's exit status.
// RUN: %{build}
// RUN: { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s
// CHECK: exit status: 1{{$}}

extern "C" int main() { return 1; }
