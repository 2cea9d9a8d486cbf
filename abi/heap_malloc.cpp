// Opt-in heap: the global operator new and delete on the C library's malloc and free, in all
// RAM after .noinit, up to the end of RAM (link.ld gives the heap that room when __freeco_heap is
// defined). Linked as an object (CMake: freeco::heap_malloc), so that it is always in the
// image and its definitions replace abi/heap.cpp's and abi/delete.cpp's weak ones.
#include <freeco/panic.hpp>
#include <new>
#include <stddef.h>
#include <stdlib.h>

extern "C" void* memalign(size_t alignment, size_t size);  // newlib and picolibc both have it

asm(".globl __freeco_heap\n\t.set __freeco_heap, 1");

namespace {
void* allocate(std::size_t size) {
  void* p = malloc(size != 0 ? size : 1);
  if (p == nullptr) freeco::panic("ERROR(freeco): out of heap memory in operator new (the heap is the RAM after .noinit, to the end of RAM)");
  return p;
}
void* allocate(std::size_t size, std::align_val_t alignment) {
  void* p = memalign(static_cast<size_t>(alignment), size != 0 ? size : 1);
  if (p == nullptr) freeco::panic("ERROR(freeco): out of heap memory in an aligned operator new");
  return p;
}
}  // namespace

void* operator new(std::size_t size) { return allocate(size); }
void* operator new[](std::size_t size) { return allocate(size); }
void* operator new(std::size_t size, std::align_val_t a) { return allocate(size, a); }
void* operator new[](std::size_t size, std::align_val_t a) { return allocate(size, a); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept { return malloc(size != 0 ? size : 1); }
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept { return malloc(size != 0 ? size : 1); }
void* operator new(std::size_t size, std::align_val_t a, const std::nothrow_t&) noexcept {
  return memalign(static_cast<size_t>(a), size != 0 ? size : 1);
}
void* operator new[](std::size_t size, std::align_val_t a, const std::nothrow_t&) noexcept {
  return memalign(static_cast<size_t>(a), size != 0 ? size : 1);
}
void operator delete(void* p) noexcept { free(p); }
void operator delete[](void* p) noexcept { free(p); }
void operator delete(void* p, std::size_t) noexcept { free(p); }
void operator delete[](void* p, std::size_t) noexcept { free(p); }
void operator delete(void* p, std::align_val_t) noexcept { free(p); }
void operator delete[](void* p, std::align_val_t) noexcept { free(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { free(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { free(p); }
void operator delete(void* p, std::align_val_t, const std::nothrow_t&) noexcept { free(p); }
void operator delete[](void* p, std::align_val_t, const std::nothrow_t&) noexcept { free(p); }
