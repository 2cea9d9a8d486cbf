// main's return value becomes the QEMU runner's exit status: 0, 1 and 42 each come through.
// RUN: %{build} -DEXIT_CODE=0
// RUN: { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s --check-prefix=ZERO
// RUN: %{build} -DEXIT_CODE=1
// RUN: { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s --check-prefix=ONE
// RUN: %{build} -DEXIT_CODE=42
// RUN: { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s --check-prefix=FORTY-TWO
// ZERO: exit status: 0{{$}}
// ONE: exit status: 1{{$}}
// FORTY-TWO: exit status: 42{{$}}

extern "C" int main() { return EXIT_CODE; }
