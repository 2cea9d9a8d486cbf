// A plain C++ `int main()` works on every compiler: clang with -ffreestanding gives it its
// mangled name, and startup accepts either spelling.
// RUN: %{build}
// RUN: { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s
// CHECK: exit status: 7{{$}}

int main() { return 7; }
