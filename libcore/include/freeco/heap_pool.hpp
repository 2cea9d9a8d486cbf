// Opt-in heap from freeco pools: the global operator new takes a block of the smallest class
// that fits, operator delete gives it back (found by its address), in O(classes). No
// fragmentation, a hard budget per size, and the pools' stats. In exactly one source file:
//
//     #include <freeco/heap_pool.hpp>
//     constinit freeco::frame_pools<freeco::frame_pool<16, 8>, freeco::frame_pool<64, 4>> heap_blocks;
//     FREECO_HEAP_FROM_POOL(heap_blocks)
//
// A request larger than every block, or one that finds its class full, ends the firmware with
// an ERROR(freeco) report (the nothrow forms return nullptr instead); so does a delete of a
// pointer into the middle of a block, of one the pool never gave out, or a second delete. The
// blocks are 8-aligned, so a new of a type aligned to more (operator new with align_val_t) is
// refused the same way. Thread mode only, like the pools themselves.
#pragma once

#include <freeco/frame_pool.hpp>
#include <freeco/panic.hpp>
#include <freeco/thread_mode.hpp>
#include <new>

namespace freeco::detail {
template <class Pool>
void* heap_allocate(Pool& pool, std::size_t size) noexcept {
  require_thread_mode("ERROR(freeco): operator new from an interrupt handler (FREECO_HEAP_FROM_POOL): the pool is for "
                      "thread mode; allocate before enabling the interrupt");
  void* p = pool.allocate_in_class(size != 0 ? size : 1);
  if (p == nullptr) panic("ERROR(freeco): the heap pool has no free block of this size (FREECO_HEAP_FROM_POOL): see its stats()");
  return p;
}
[[noreturn, gnu::always_inline]] inline void heap_refuse_over_aligned() noexcept {
  panic("ERROR(freeco): operator new of a type aligned to more than 8 bytes: the heap pool (FREECO_HEAP_FROM_POOL) "
        "aligns its blocks to 8; allocate such objects from a static alignas() buffer");
}
template <class Pool>
void heap_release(Pool& pool, void* p) noexcept {
  if (p != nullptr && !pool.release(p))
    panic("ERROR(freeco): operator delete of a pointer that the heap pool (FREECO_HEAP_FROM_POOL) did not hand out "
          "or that was deleted already: delete exactly what new returned, once");
}
}  // namespace freeco::detail

#define FREECO_HEAP_FROM_POOL(pool)                                                                             \
  asm(".globl __freeco_heap\n\t.set __freeco_heap, 1");                                                        \
  void* operator new(std::size_t size) { return freeco::detail::heap_allocate(pool, size); }                   \
  void* operator new[](std::size_t size) { return freeco::detail::heap_allocate(pool, size); }                 \
  void* operator new(std::size_t size, const std::nothrow_t&) noexcept { return (pool).allocate_in_class(size); } \
  void* operator new[](std::size_t size, const std::nothrow_t&) noexcept { return (pool).allocate_in_class(size); } \
  void operator delete(void* p) noexcept { freeco::detail::heap_release(pool, p); }                            \
  void operator delete[](void* p) noexcept { freeco::detail::heap_release(pool, p); }                          \
  void operator delete(void* p, std::size_t) noexcept { freeco::detail::heap_release(pool, p); }               \
  void operator delete[](void* p, std::size_t) noexcept { freeco::detail::heap_release(pool, p); }             \
  void* operator new(std::size_t, std::align_val_t) { freeco::detail::heap_refuse_over_aligned(); }            \
  void* operator new[](std::size_t, std::align_val_t) { freeco::detail::heap_refuse_over_aligned(); }          \
  void* operator new(std::size_t, std::align_val_t, const std::nothrow_t&) noexcept { return nullptr; }        \
  void* operator new[](std::size_t, std::align_val_t, const std::nothrow_t&) noexcept { return nullptr; }      \
  static_assert(true, "")
