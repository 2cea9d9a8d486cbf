// main's return value 42 becomes the QEMU runner's exit status.
// RUN: %{build}
// RUN: { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s
// CHECK: exit status: 42{{$}}

extern "C" int main() { return 42; }
