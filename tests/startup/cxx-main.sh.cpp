// A plain C++ `int main()` works on every compiler: firmware is compiled hosted, so main has
// its C name and startup finds it.
// RUN: %{build}
// RUN: { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s
// CHECK: exit status: 7{{$}}

int main() { return 7; }
