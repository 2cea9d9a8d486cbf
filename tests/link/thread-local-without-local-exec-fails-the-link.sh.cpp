// Code compiled without -ftls-model=local-exec (freeco's flags give it) reaches a thread_local
// of another file through a GOT entry, which firmware never fills: refused, saying which flag.
// RUN: %{cxx} %{flags} -ftls-model=initial-exec -c %s -o %t.o
// RUN: %{cxx} %{flags} -c %S/../abi/tls/Inputs/defined_elsewhere.cpp -o %t.other.o
// RUN: not %{cxx} %t.o %t.other.o -o %t.elf %{link_flags} 2>&1 | FileCheck %s
// CHECK: ERROR(freeco): the image has a GOT, PLT or dynamic relocations: {{.*}}-ftls-model=local-exec
#include <stdint.h>

extern thread_local int32_t shared_initialised;

extern "C" int main() { return shared_initialised - 1234; }
