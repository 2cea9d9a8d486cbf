// A '\r' on its own ends a line (as a terminal's Enter key sends it).
// RUN: %{cxx} %{flags} -DLINES=2 %S/Inputs/read_lines.cpp -o %t.elf %{link_flags}
// RUN: printf 'stats\rhelp\r' | %{run} --serial stdio --input-after 'uart ready' %t.elf | FileCheck %s
// CHECK: uart ready
// CHECK-NEXT: line [stats] length 5
// CHECK-NEXT: line [help] length 4
