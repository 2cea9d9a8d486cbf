// Global operator delete without a heap. A class with a virtual destructor gets a deleting
// destructor that refers to operator delete even if nothing is ever made with new, so these
// must link; reaching one means memory that no heap gave out is being freed: report and stop.
// Weak, so that an opt-in heap's operator delete replaces them.
#include <freeco/panic.hpp>
#include <new>

namespace {
[[noreturn, gnu::noinline]] void no_heap() {
  freeco::panic("ERROR(freeco): operator delete was called, but this firmware has no heap (nothing "
                "came from operator new): delete only what a heap gave out");
}
}  // namespace

[[gnu::weak]] void operator delete(void*) noexcept { no_heap(); }
[[gnu::weak]] void operator delete[](void*) noexcept { no_heap(); }
[[gnu::weak]] void operator delete(void*, std::size_t) noexcept { no_heap(); }
[[gnu::weak]] void operator delete[](void*, std::size_t) noexcept { no_heap(); }
[[gnu::weak]] void operator delete(void*, std::align_val_t) noexcept { no_heap(); }
[[gnu::weak]] void operator delete[](void*, std::align_val_t) noexcept { no_heap(); }
[[gnu::weak]] void operator delete(void*, std::size_t, std::align_val_t) noexcept { no_heap(); }
[[gnu::weak]] void operator delete[](void*, std::size_t, std::align_val_t) noexcept { no_heap(); }
[[gnu::weak]] void operator delete(void*, const std::nothrow_t&) noexcept { no_heap(); }
[[gnu::weak]] void operator delete[](void*, const std::nothrow_t&) noexcept { no_heap(); }
[[gnu::weak]] void operator delete(void*, std::align_val_t, const std::nothrow_t&) noexcept { no_heap(); }
[[gnu::weak]] void operator delete[](void*, std::align_val_t, const std::nothrow_t&) noexcept { no_heap(); }
