// Forgetting the startup library leaves an image without a vector table: said so by name.
// RUN: %{cxx} %{flags} -c %s -o %t.o
// RUN: not %{cxx} %t.o -o %t.elf %{link_flags_without_startup} 2>&1 | FileCheck %s
// CHECK: ERROR(freeco): no vector table in the image: link freeco's startup library

extern "C" int main() { return 0; }
