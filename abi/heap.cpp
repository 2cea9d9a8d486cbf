// The default heap policy: there is no heap. A firmware that calls the global operator new
// pulls in this file, whose marker symbol makes link.ld's ASSERT fail the link with a message
// that says how to opt in. The definitions are weak so that an opt-in heap (heap_malloc.cpp,
// FREECO_HEAP_FROM_POOL) replaces them; their bodies never run, since such an image never links.
#include <new>

// Defined here because only code that allocates names it.
const std::nothrow_t std::nothrow{};

asm(".globl __freeco_operator_new_without_heap\n\t.set __freeco_operator_new_without_heap, 1");

[[gnu::weak]] void* operator new(std::size_t) { __builtin_trap(); }
[[gnu::weak]] void* operator new[](std::size_t) { __builtin_trap(); }
[[gnu::weak]] void* operator new(std::size_t, const std::nothrow_t&) noexcept { __builtin_trap(); }
[[gnu::weak]] void* operator new[](std::size_t, const std::nothrow_t&) noexcept { __builtin_trap(); }
[[gnu::weak]] void* operator new(std::size_t, std::align_val_t) { __builtin_trap(); }
[[gnu::weak]] void* operator new[](std::size_t, std::align_val_t) { __builtin_trap(); }
[[gnu::weak]] void* operator new(std::size_t, std::align_val_t, const std::nothrow_t&) noexcept { __builtin_trap(); }
[[gnu::weak]] void* operator new[](std::size_t, std::align_val_t, const std::nothrow_t&) noexcept { __builtin_trap(); }
