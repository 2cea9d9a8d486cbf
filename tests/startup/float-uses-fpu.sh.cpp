// REQUIRES: fpu
// On the M4F, float arithmetic compiles to FPv4 instructions (no soft-float calls).
// RUN: %{build}
// RUN: %{objdump} -d --no-show-raw-insn %t.elf | FileCheck %s
// CHECK-LABEL: <scale>:
// CHECK: vmul.f32
// CHECK-NOT: __aeabi_fmul

extern "C" [[gnu::noinline]] float scale(float x, float y) { return x * y; }

volatile float input = 2.0f;

extern "C" int main() { return scale(input, 3.0f) == 6.0f ? 0 : 1; }
