// A firmware without thread_locals pays nothing for them: no RAM for blocks, and no
// __aeabi_read_tp (link.ld loads it from the archive, but --gc-sections drops it unused).
// RUN: %{build}
// RUN: %{run} %t.elf
// RUN: llvm-nm %t.elf | FileCheck %s --implicit-check-not=__aeabi_read_tp
// CHECK: {{^0+}} A __freeco_tls_block_size
extern "C" int main() { return 0; }
