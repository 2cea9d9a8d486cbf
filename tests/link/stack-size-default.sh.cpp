// Without --defsym, the stack reservation is 2 KiB on every linker (lld 14 once read the
// default as 0, leaving no room reserved for the stack).
// RUN: %{build}
// RUN: llvm-nm %t.elf | FileCheck %s
// The limit is the top minus 0x800.
// RUN: llvm-nm %t.elf | python3 -c "import sys; v = {l.split()[2]: int(l.split()[0], 16) for l in sys.stdin if l.count(' ') == 2}; sys.exit(v['__freeco_stack_top'] - v['__freeco_stack_limit'] != 0x800)"
// RUN: %{run} %t.elf
extern "C" int main() { return 0; }
// CHECK-DAG: 00000800 A __freeco_stack_size
