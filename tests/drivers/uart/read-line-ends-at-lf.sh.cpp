// read_line returns each line that ends in '\n', without it; an empty line has length 0.
// RUN: %{cxx} %{flags} -DLINES=4 %S/Inputs/read_lines.cpp -o %t.elf %{link_flags}
// RUN: printf 'alpha\nbeta\n\ngamma\n' | %{run} --serial stdio --input-after 'uart ready' %t.elf | FileCheck %s
// CHECK: uart ready
// CHECK-NEXT: line [alpha] length 5
// CHECK-NEXT: line [beta] length 4
// CHECK-NEXT: line [] length 0
// CHECK-NEXT: line [gamma] length 5
