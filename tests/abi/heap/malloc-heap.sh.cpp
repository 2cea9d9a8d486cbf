// Opting in to the C library's malloc (freeco::heap_malloc): operator new and delete work,
// and the heap is the RAM after .noinit (the stack is at the bottom of RAM): allocation runs
// out at the end of RAM, with nothrow new returning nullptr.
// Both C libraries: picolibc's malloc sets errno, a thread_local, in the core's block.
// REQUIRES: libc
// RUN: %{cxx} %{flags} -c %s -o %t.o
// RUN: %{cxx} %t.o %{heap_malloc} -o %t.elf %{link_flags}
// RUN: %{run} %t.elf | FileCheck %s
#include <new>
#include <runtime_test.h>
#include <stdint.h>

extern "C" char __freeco_stack_top[], __heap_start[], __heap_end[];

struct shape {
  virtual ~shape() = default;
  int id = 7;
};

extern "C" int main() {
  int* a = new int(41);
  shape* s = new shape;
  RUNTIME_CHECK(*a == 41 && s->id == 7);
  RUNTIME_CHECK(reinterpret_cast<char*>(a) >= __heap_start);
  delete a;
  delete s;
  // Take 256-byte blocks until the heap is full; all lie between the stack and the end of RAM.
  unsigned blocks = 0;
  uintptr_t highest = 0;
  while (void* p = ::operator new(256, std::nothrow)) {
    ++blocks;
    const uintptr_t end = reinterpret_cast<uintptr_t>(p) + 256;
    if (end > highest) highest = end;
    RUNTIME_CHECK(blocks < 100000);
  }
  RUNTIME_CHECK(blocks > 0);
  RUNTIME_CHECK(reinterpret_cast<uintptr_t>(__heap_start) >= reinterpret_cast<uintptr_t>(__freeco_stack_top));
  runtime_test::print("heap ran out at the end of RAM: ", highest <= reinterpret_cast<uintptr_t>(__heap_end));
  return 0;
}
// CHECK: heap ran out at the end of RAM: 1
