// "\r\n" ends a line once: no empty line appears between two CRLF-terminated lines, and
// "\r\n\r\n" is one empty line.
// RUN: %{cxx} %{flags} -DLINES=5 %S/Inputs/read_lines.cpp -o %t.elf %{link_flags}
// RUN: printf 'alpha\r\nbeta\r\n\r\ngamma\r\nend\r\n' | %{run} --serial stdio --input-after 'uart ready' %t.elf | FileCheck %s
// CHECK: uart ready
// CHECK-NEXT: line [alpha] length 5
// CHECK-NEXT: line [beta] length 4
// CHECK-NEXT: line [] length 0
// CHECK-NEXT: line [gamma] length 5
// CHECK-NEXT: line [end] length 3
