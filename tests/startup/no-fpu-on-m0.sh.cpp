// REQUIRES: armv6m
// A Cortex-M0 image contains no FPU instruction anywhere (startup, libgcc, the program):
// float arithmetic goes through libgcc's soft-float routines, and runs correctly.
// RUN: %{build}
// RUN: %{run} %t.elf
// RUN: %{objdump} -d --no-show-raw-insn %t.elf > %t.dis
// RUN: FileCheck %s --check-prefix=SOFT < %t.dis
// RUN: FileCheck %s --check-prefix=NOFPU < %t.dis
// SOFT: <__aeabi_fmul>:
// NOFPU-NOT: {{[[:space:]]v(add|sub|mul|div|mla|mls|neg|abs|sqrt|cmp|cvt|mov|mrs|msr|ldr|str|ldm|stm|push|pop)[a-z0-9.]*[[:space:]]}}

volatile float a = 1.5f, b = -2.25f;

extern "C" int main() { return a * b == -3.375f && b / a == -1.5f ? 0 : 1; }
