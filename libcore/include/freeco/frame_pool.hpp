// Frame pools: static storage for coroutine frames, so that firmware needs no heap.
//
// frame_pool<SlotSize, Count> is one slot class: Count slots of SlotSize bytes (rounded up to
// 8, the alignment of a frame) and nothing else; there is no per-slot header. frame_pools<...>
// is a set of classes, smallest first, from which each frame takes a slot of the smallest
// class that fits it (freeco/config.hpp declares the application's set).
//
// How a pool hands out slots, in O(1) each way:
//   - `touched_` slots, from the front, have ever been handed out; the rest were never used.
//   - Freed slots form a LIFO list threaded through their own first word (`free_`).
//   - allocate: pop the free list, else take slot `touched_++`, else count a failure.
//   - free: push onto the free list.
// `touched_` only grows when the free list is empty, that is when all touched slots are in use,
// so it is also the high-water mark; slots in use are touched_ minus the free list's length,
// counted only when someone asks (stats()).
//
// Everything is zero at start, so a constinit pool lives in .bss and costs no flash.
// Tasks of every level (thread mode and each interrupt_executor) may share a pool: once an
// interrupt_executor has started (detail::shared_pools), allocate and free are atomic steps on
// a free list held as one word (freeco/atomic_stack.hpp), and on the touched count; before,
// and in firmware that has none, they are the plain steps, which cost half as much. stats() reads
// without stopping the others: a snapshot. Interrupt handlers wake coroutines; they never
// create or destroy one.
#pragma once

#include <stddef.h>
#include <stdint.h>

#include <freeco/report.hpp>  // report_frame_too_large

namespace freeco {

namespace detail {

struct free_slot {
  free_slot* next;
};
struct pool_state;

// The atomic steps of the pools (src/shared_pools.cpp): installed by the first
// interrupt_executor::start, in main before any executor runs, since from then on tasks of
// several levels may preempt each other's allocations. Firmware without levels links none.
struct shared_pool_steps {
  void* (*allocate)(pool_state& pool, unsigned char* slots, size_t slot_size, size_t count) noexcept;
  void (*free)(pool_state& pool, free_slot& slot) noexcept;
};
inline constinit const shared_pool_steps* shared_pools = nullptr;
void share_pools() noexcept;  // shared_pools.cpp: installs them

// A pool's free list and counts, and the plain steps on them (one copy of each per firmware,
// whatever the slot classes). The atomic steps make the words volatile where they use them.
struct pool_state {
  uintptr_t free = 0;  // the first free slot's address
  size_t touched = 0;
  size_t failed = 0;

  free_slot* first_free() const noexcept { return reinterpret_cast<free_slot*>(free); }

  [[gnu::always_inline]] void* allocate(unsigned char* slots, size_t slot_size, size_t count) noexcept {
    if (shared_pools != nullptr) return shared_pools->allocate(*this, slots, slot_size, count);
    if (free_slot* s = first_free()) {
      free = reinterpret_cast<uintptr_t>(s->next);
      return s;
    }
    const size_t n = touched;
    if (n >= count) return refuse();
    touched = n + 1;
    return slots + n * slot_size;
  }
  [[gnu::always_inline]] void free_slot_of(free_slot& s) noexcept {
    if (shared_pools != nullptr) return shared_pools->free(*this, s);
    s.next = first_free();
    free = reinterpret_cast<uintptr_t>(&s);
  }
  [[gnu::noinline]] void* refuse() noexcept {  // rare: out of the way of the usual path
    ++failed;
    return nullptr;
  }
};

}  // namespace detail

// What a slot class reports at run time.
struct pool_stats {
  size_t slot_size;   // bytes per slot
  size_t capacity;    // slots
  size_t in_use;      // slots holding a frame now
  size_t high_water;  // the most slots ever in use at once
  size_t failed;      // allocations refused: class full (past the last class: heap blocks too large)
};

namespace detail {
// Called only where a frame's size is a compile-time constant larger than the pool's largest
// slot. Its warning names the largest slot (the template argument) and, with GCC, the coroutine
// ("inlined from ..."); clang has no way to name it. The build then fails in the assembler, whose
// error gives both sizes (check_frame_fits). A warning, not an error attribute, since GCC stops
// at an error before the assembler; the pragma around check_frame_fits keeps it a warning under
// -Werror. Never defined: no call survives.
template <size_t LargestSlot>
[[gnu::warning(
    "ERROR(freeco): coroutine frame larger than the largest pool slot (frame_too_large<the slot's size in bytes>): "
    "enlarge the largest slot class (freeco_config.hpp) or the dedicated pool's slot size, or keep less state alive "
    "across co_await")]] void
frame_too_large();

// The fit check. Both functions on the way here are always_inline, so that the size the
// compiler passes to the promise's operator new reaches this test as a constant once the frame
// is laid out: at every level but -O0 an oversized frame fails the build, and a frame that fits
// costs no instruction. At -O0 the size is a run-time value: the run-time report says the same
// (freeco/report.hpp), naming the coroutine by its address.
// The assembler error is the only way to print a number the optimizer found: .altmacro's
// %expr turns the asm operands into decimal text (%= makes the macro's name unique). GNU as
// drops apostrophes from the text.
#pragma GCC diagnostic push
#pragma GCC diagnostic warning "-Wattribute-warning"
template <size_t LargestSlot>
[[gnu::always_inline]] inline void check_frame_fits(size_t size) {
  if (__builtin_constant_p(size) && size > LargestSlot) {
    frame_too_large<LargestSlot>();
    asm(".altmacro\n"
        ".macro freeco_frame_too_large_%= freeco_frame, freeco_slot\n"
        ".error \"ERROR(freeco): a coroutine frame of \\freeco_frame bytes is larger than the largest pool slot "
        "(\\freeco_slot bytes): enlarge the largest slot class (freeco_config.hpp) or the slot size of the dedicated "
        "pool, or keep less state alive across co_await\"\n"
        ".endm\n"
        "freeco_frame_too_large_%= %%%c0, %%%c1\n"
        ".noaltmacro" ::"i"(size),
        "i"(LargestSlot));
  }
  if (size > LargestSlot) report_frame_too_large(size, LargestSlot);  // only reachable at -O0
}
#pragma GCC diagnostic pop
}  // namespace detail

template <size_t SlotSize, size_t Count>
class frame_pool {
  static_assert(SlotSize > 0 && Count > 0, "ERROR(freeco): a frame pool needs at least one slot of at least one byte");

 public:
  static constexpr size_t slot_size = (SlotSize + 7) / 8 * 8;
  static constexpr size_t capacity = Count;
  static constexpr size_t largest_slot = slot_size;

  constexpr frame_pool() = default;
  frame_pool(const frame_pool&) = delete;
  frame_pool& operator=(const frame_pool&) = delete;

  // A slot for a frame of `size` bytes, or nullptr (counted) when the pool is full.
  [[gnu::always_inline]] void* allocate(size_t size) noexcept {
    detail::check_frame_fits<slot_size>(size);
    return allocate();
  }
  [[gnu::always_inline]] void free(void* frame, size_t) noexcept { free(frame); }

  void* allocate() noexcept { return state_.allocate(slots_[0].bytes, slot_size, Count); }
  void free(void* frame) noexcept { state_.free_slot_of(*static_cast<detail::free_slot*>(frame)); }

  bool owns(const void* p) const noexcept {
    const auto* byte = static_cast<const unsigned char*>(p);
    return byte >= slots_[0].bytes && byte < slots_[Count - 1].bytes + slot_size;
  }
  // Frees a slot found by its address alone (an unsized operator delete); false if `p` is not
  // the start of a slot that is in use now: an address inside a slot, one never handed out, or
  // one freed already (the free list is walked: O(free slots), for the heap opt-in only).
  bool release(void* p) noexcept {
    if (!owns(p)) return false;
    const size_t offset = static_cast<size_t>(static_cast<unsigned char*>(p) - slots_[0].bytes);
    if (offset % slot_size != 0 || offset / slot_size >= state_.touched) return false;
    for (const detail::free_slot* s = state_.first_free(); s != nullptr; s = s->next)
      if (s == p) return false;
    free(p);
    return true;
  }

  pool_stats stats() const noexcept {
    size_t free_count = 0;
    for (const detail::free_slot* s = state_.first_free(); s != nullptr; s = s->next) ++free_count;
    return {slot_size, Count, state_.touched - free_count, state_.touched, state_.failed};
  }

 private:
  union slot {
    detail::free_slot link;  // while free
    alignas(8) unsigned char bytes[slot_size];
  };

  detail::pool_state state_;  // first: in reach of a short load offset on the Cortex-M0
  slot slots_[Count]{};  // all zero: the pool lives in .bss
};

// A set of slot classes, smallest slot first. A frame takes a slot of the smallest class whose
// slots fit it, and only of that class: each class is a budget the application chose, and the
// frame's size (which operator delete gets too) names its class again when it is freed.
template <class... Pools>
class frame_pools;

template <>
class frame_pools<> {
 public:
  static constexpr size_t class_count = 0;
  static constexpr size_t largest_slot = 0;
  constexpr frame_pools() = default;
  void* allocate_in_class(size_t) noexcept { return refuse(); }
  void free_in_class(void*, size_t) noexcept {}
  bool release(void*) noexcept { return false; }
  pool_stats stats(size_t) const noexcept { return {0, 0, 0, 0, too_large_}; }

 private:
  void* refuse() noexcept {  // a block larger than every slot: only the heap opt-in asks (heap_pool.hpp)
    ++too_large_;
    return nullptr;
  }
  size_t too_large_ = 0;
};

template <class Pool, class... Larger>
class frame_pools<Pool, Larger...> {
  static_assert(((Pool::slot_size < Larger::slot_size) && ...),
                "ERROR(freeco): list frame_pools slot classes by increasing slot size");

 public:
  static constexpr size_t class_count = 1 + sizeof...(Larger);
  static constexpr size_t largest_slot = sizeof...(Larger) == 0 ? Pool::slot_size : frame_pools<Larger...>::largest_slot;

  constexpr frame_pools() = default;
  frame_pools(const frame_pools&) = delete;
  frame_pools& operator=(const frame_pools&) = delete;

  [[gnu::always_inline]] void* allocate(size_t size) noexcept {
    detail::check_frame_fits<largest_slot>(size);
    return allocate_in_class(size);
  }
  [[gnu::always_inline]] void free(void* frame, size_t size) noexcept { free_in_class(frame, size); }
  // Frees a slot found by its address alone (an unsized operator delete); false if `p` is not
  // a slot in use of any class (one a class owns but refuses, such as a second delete, no
  // other class owns either).
  bool release(void* p) noexcept { return pool_.release(p) || larger_.release(p); }

  // Stats of class `index` (0 = smallest slots). An index past the last class reports blocks
  // refused for being larger than every slot (the heap opt-in's: a frame that large is a build
  // error, or a run-time report at -O0).
  pool_stats stats(size_t index) const noexcept { return index == 0 ? pool_.stats() : larger_.stats(index - 1); }

  // The comparisons fold away when the size is a constant, as a coroutine's frame size is.
  [[gnu::always_inline]] void* allocate_in_class(size_t size) noexcept {
    return size <= Pool::slot_size ? pool_.allocate() : larger_.allocate_in_class(size);
  }
  [[gnu::always_inline]] void free_in_class(void* frame, size_t size) noexcept {
    size <= Pool::slot_size ? pool_.free(frame) : larger_.free_in_class(frame, size);
  }

 private:
  Pool pool_;
  frame_pools<Larger...> larger_;
};

}  // namespace freeco
