// freeco/frame_pool.hpp on the host: slot classes and sets of them, under ASan and UBSan.
#include "freeco/frame_pool.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <vector>

// The firmware defines these (freeco/report.hpp). The build-time one is never reached: a host
// test passes oversized sizes only as run-time values (see `runtime`), which end in the run-time
// report, here a message and an abort that death tests look for.
namespace freeco::detail {
template <size_t L>
void frame_too_large() { std::abort(); }
void report_frame_too_large(size_t frame, size_t largest_slot) noexcept {
  std::fprintf(stderr, "frame of %zu bytes, largest slot %zu bytes\n", frame, largest_slot);
  std::abort();
}
}  // namespace freeco::detail

namespace {

using freeco::frame_pool;
using freeco::frame_pools;
using freeco::pool_stats;

// A size the compiler cannot see: an oversized constant would (rightly) not build.
size_t runtime(size_t size) {
  volatile size_t v = size;
  return v;
}

uintptr_t address(const void* p) { return reinterpret_cast<uintptr_t>(p); }

void expect_stats(const pool_stats& s, size_t slot_size, size_t capacity, size_t in_use,
                  size_t high_water, size_t failed) {
  EXPECT_EQ(s.slot_size, slot_size);
  EXPECT_EQ(s.capacity, capacity);
  EXPECT_EQ(s.in_use, in_use);
  EXPECT_EQ(s.high_water, high_water);
  EXPECT_EQ(s.failed, failed);
}

// --- frame_pool -----------------------------------------------------------------------------

static_assert(frame_pool<1, 1>::slot_size == 8);
static_assert(frame_pool<8, 1>::slot_size == 8);
static_assert(frame_pool<9, 1>::slot_size == 16);
static_assert(frame_pool<20, 1>::slot_size == 24);
static_assert(frame_pool<24, 1>::slot_size == 24);
static_assert(frame_pool<20, 3>::capacity == 3);
static_assert(frame_pool<20, 3>::largest_slot == 24);

// A pool is constant-initialised (the firmware's pools live in .bss).
constinit frame_pool<16, 2> static_pool;

TEST(FramePool, SlotSizeRoundsUpToEight) {
  EXPECT_EQ((frame_pool<20, 1>::slot_size), 24u);
  EXPECT_EQ((frame_pool<20, 1>{}.stats().slot_size), 24u);
  EXPECT_EQ((frame_pool<1, 1>{}.stats().slot_size), 8u);
  EXPECT_EQ((frame_pool<17, 1>{}.stats().slot_size), 24u);
  EXPECT_EQ((frame_pool<32, 1>{}.stats().slot_size), 32u);
}

TEST(FramePool, StartsEmpty) {
  frame_pool<20, 3> pool;
  expect_stats(pool.stats(), 24, 3, 0, 0, 0);
  expect_stats(static_pool.stats(), 16, 2, 0, 0, 0);
}

TEST(FramePool, HandsOutSlotsFromTheFrontInOrder) {
  frame_pool<20, 4> pool;
  void* p[4];
  for (auto& slot : p) slot = pool.allocate();
  for (int i = 0; i < 4; ++i) ASSERT_NE(p[i], nullptr);
  for (int i = 1; i < 4; ++i) EXPECT_EQ(address(p[i]) - address(p[i - 1]), 24u) << i;
  EXPECT_TRUE(pool.owns(p[0]));
}

TEST(FramePool, SlotsAreAlignedToEight) {
  frame_pool<1, 5> ones;
  frame_pool<20, 3> twenties;
  frame_pool<36, 2> thirty_sixes;
  for (int i = 0; i < 5; ++i) EXPECT_EQ(address(ones.allocate()) % 8, 0u);
  for (int i = 0; i < 3; ++i) EXPECT_EQ(address(twenties.allocate()) % 8, 0u);
  for (int i = 0; i < 2; ++i) EXPECT_EQ(address(thirty_sixes.allocate()) % 8, 0u);
  EXPECT_EQ(alignof(frame_pool<1, 5>) % 8, 0u);
}

// Every byte of every slot is the frame's: writing them all stays inside the pool (ASan) and
// no slot overlaps another.
TEST(FramePool, SlotsAreWholeAndDisjoint) {
  frame_pool<20, 4> pool;
  unsigned char* p[4];
  for (int i = 0; i < 4; ++i) {
    p[i] = static_cast<unsigned char*>(pool.allocate());
    ASSERT_NE(p[i], nullptr);
    std::memset(p[i], 0xA0 + i, decltype(pool)::slot_size);
  }
  for (int i = 0; i < 4; ++i)
    for (size_t b = 0; b < decltype(pool)::slot_size; ++b) ASSERT_EQ(p[i][b], 0xA0 + i) << i << " " << b;
}

TEST(FramePool, ExhaustionReturnsNullAndCounts) {
  frame_pool<16, 2> pool;
  void* a = pool.allocate();
  void* b = pool.allocate();
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_NE(a, b);
  EXPECT_EQ(pool.allocate(), nullptr);
  expect_stats(pool.stats(), 16, 2, 2, 2, 1);
  EXPECT_EQ(pool.allocate(8), nullptr);
  EXPECT_EQ(pool.allocate(), nullptr);
  expect_stats(pool.stats(), 16, 2, 2, 2, 3);
}

TEST(FramePool, FreedSlotsComeBackLastInFirstOut) {
  frame_pool<16, 4> pool;
  void* a = pool.allocate();
  void* b = pool.allocate();
  void* c = pool.allocate();
  pool.free(a);
  pool.free(c);
  expect_stats(pool.stats(), 16, 4, 1, 3, 0);
  EXPECT_EQ(pool.allocate(), c);
  EXPECT_EQ(pool.allocate(), a);
  // The free list is empty again: the next slot is the first never used.
  void* d = pool.allocate();
  EXPECT_EQ(address(d), address(c) + 16);
  EXPECT_NE(d, b);
  expect_stats(pool.stats(), 16, 4, 4, 4, 0);
  EXPECT_EQ(pool.allocate(), nullptr);
}

TEST(FramePool, FreeThenReuseWhenFull) {
  frame_pool<24, 2> pool;
  void* a = pool.allocate();
  void* b = pool.allocate();
  EXPECT_EQ(pool.allocate(), nullptr);
  pool.free(b);
  expect_stats(pool.stats(), 24, 2, 1, 2, 1);
  EXPECT_EQ(pool.allocate(), b);
  EXPECT_EQ(pool.allocate(), nullptr);
  pool.free(a);
  pool.free(b);
  expect_stats(pool.stats(), 24, 2, 0, 2, 2);
  EXPECT_EQ(pool.allocate(), b);
  EXPECT_EQ(pool.allocate(), a);
}

TEST(FramePool, HighWaterIsThePeakNotTheCurrent) {
  frame_pool<8, 8> pool;
  std::vector<void*> held;
  for (int i = 0; i < 5; ++i) held.push_back(pool.allocate());
  for (int i = 0; i < 4; ++i) {
    pool.free(held.back());
    held.pop_back();
  }
  expect_stats(pool.stats(), 8, 8, 1, 5, 0);
  for (int i = 0; i < 3; ++i) held.push_back(pool.allocate());
  expect_stats(pool.stats(), 8, 8, 4, 5, 0);
  for (int i = 0; i < 3; ++i) held.push_back(pool.allocate());
  expect_stats(pool.stats(), 8, 8, 7, 7, 0);
}

TEST(FramePool, AllocateBySizeFitsUpToTheRoundedSlot) {
  frame_pool<20, 3> pool;
  EXPECT_NE(pool.allocate(1), nullptr);
  EXPECT_NE(pool.allocate(20), nullptr);
  EXPECT_NE(pool.allocate(24), nullptr);  // rounded up: 24 fits a 20-byte class
  expect_stats(pool.stats(), 24, 3, 3, 3, 0);
}

// At -O0 a frame's size is not a constant: an oversized one ends in the run-time report, with
// both sizes; one that fits the slot exactly is taken.
TEST(FramePool, OversizedAtRunTimeIsReportedWithBothSizes) {
  frame_pool<20, 1> pool;
  EXPECT_DEATH(pool.allocate(runtime(25)), "frame of 25 bytes, largest slot 24 bytes");
  void* a = pool.allocate(runtime(24));
  ASSERT_NE(a, nullptr);
  expect_stats(pool.stats(), 24, 1, 1, 1, 0);
}

TEST(FramePool, OwnsItsSlotsOnly) {
  frame_pool<20, 3> pool;
  frame_pool<20, 3> other;
  unsigned char* first = static_cast<unsigned char*>(pool.allocate());
  pool.allocate();
  unsigned char* last = static_cast<unsigned char*>(pool.allocate());
  EXPECT_TRUE(pool.owns(first));
  EXPECT_TRUE(pool.owns(first + 23));
  EXPECT_TRUE(pool.owns(first + 24));
  EXPECT_TRUE(pool.owns(last));
  EXPECT_TRUE(pool.owns(last + 23));
  EXPECT_FALSE(pool.owns(last + 24));  // one past the last slot
  // Slots never handed out are the pool's too.
  frame_pool<20, 3> fresh;
  void* fresh_first = fresh.allocate();
  EXPECT_TRUE(fresh.owns(static_cast<unsigned char*>(fresh_first) + 2 * 24));
  EXPECT_FALSE(pool.owns(other.allocate()));
  EXPECT_FALSE(other.owns(first));
  int local = 0;
  EXPECT_FALSE(pool.owns(&local));
  EXPECT_FALSE(pool.owns(nullptr));
}

// Any sequence of allocations and frees against a model: the free list as a stack, the
// touched slots as a counter.
TEST(FramePool, MatchesAModelOverRandomOperations) {
  constexpr size_t count = 6;
  frame_pool<12, count> pool;  // 16-byte slots
  std::mt19937 random(20240611);
  // The first slot gives the addresses of the others; handing it back leaves it on the free list.
  unsigned char* const base = static_cast<unsigned char*>(pool.allocate());
  ASSERT_NE(base, nullptr);
  pool.free(base);
  std::vector<void*> model_free{base};  // back = next handed out
  std::vector<void*> held;
  size_t touched = 1, failed = 0, high_water = 1;
  for (int step = 0; step < 4000; ++step) {
    if (random() % 2 == 0) {
      void* expected;
      if (!model_free.empty()) {
        expected = model_free.back();
        model_free.pop_back();
      } else if (touched < count) {
        expected = base + 16 * touched;
        ++touched;
      } else {
        expected = nullptr;
        ++failed;
      }
      void* got = random() % 2 ? pool.allocate() : pool.allocate(runtime(1 + random() % 16));
      ASSERT_EQ(got, expected) << "step " << step;
      if (got != nullptr) {
        std::memset(got, step & 0xFF, 16);
        held.push_back(got);
      }
    } else if (!held.empty()) {
      size_t i = random() % held.size();
      void* frame = held[i];
      held.erase(held.begin() + static_cast<std::ptrdiff_t>(i));
      ASSERT_TRUE(pool.owns(frame));
      if (random() % 2) pool.free(frame);
      else pool.free(frame, 16);
      model_free.push_back(frame);
    }
    high_water = std::max(high_water, held.size());
    pool_stats s = pool.stats();
    ASSERT_EQ(s.in_use, held.size()) << "step " << step;
    ASSERT_EQ(s.high_water, touched) << "step " << step;
    ASSERT_EQ(s.high_water, high_water) << "step " << step;
    ASSERT_EQ(s.failed, failed) << "step " << step;
  }
  EXPECT_GT(failed, 0u);  // the sequence did reach exhaustion
  EXPECT_EQ(touched, count);
}

// --- frame_pools ----------------------------------------------------------------------------

using three_classes = frame_pools<frame_pool<16, 2>, frame_pool<32, 2>, frame_pool<64, 1>>;
static_assert(three_classes::class_count == 3);
static_assert(three_classes::largest_slot == 64);
static_assert(frame_pools<frame_pool<20, 1>>::largest_slot == 24);
static_assert(frame_pools<frame_pool<20, 1>, frame_pool<40, 1>>::largest_slot == 40);
static_assert(frame_pools<>::class_count == 0 && frame_pools<>::largest_slot == 0);

constinit three_classes static_pools;

// in_use of each class, smallest first.
std::vector<size_t> in_use(const three_classes& pools) {
  return {pools.stats(0).in_use, pools.stats(1).in_use, pools.stats(2).in_use};
}
std::vector<size_t> failed(const three_classes& pools) {
  return {pools.stats(0).failed, pools.stats(1).failed, pools.stats(2).failed, pools.stats(3).failed};
}
using sizes = std::vector<size_t>;

TEST(FramePools, StartEmpty) {
  three_classes pools;
  expect_stats(pools.stats(0), 16, 2, 0, 0, 0);
  expect_stats(pools.stats(1), 32, 2, 0, 0, 0);
  expect_stats(pools.stats(2), 64, 1, 0, 0, 0);
  expect_stats(pools.stats(3), 0, 0, 0, 0, 0);
  expect_stats(static_pools.stats(2), 64, 1, 0, 0, 0);
}

TEST(FramePools, TakeTheSmallestClassThatFits) {
  struct {
    size_t size, expected_class;
  } cases[] = {{1, 0}, {16, 0}, {17, 1}, {32, 1}, {33, 2}, {64, 2}};
  for (auto [size, expected_class] : cases) {
    three_classes pools;
    void* frame = pools.allocate(runtime(size));
    ASSERT_NE(frame, nullptr) << size;
    sizes expected(3, 0);
    expected[expected_class] = 1;
    EXPECT_EQ(in_use(pools), expected) << "size " << size;
    std::memset(frame, 0x5A, size);
    pools.free(frame, size);
    EXPECT_EQ(in_use(pools), sizes(3, 0)) << "size " << size;
  }
}

TEST(FramePools, ClassBoundariesAreTheRoundedSlotSizes) {
  frame_pools<frame_pool<20, 1>, frame_pool<40, 1>> pools;
  void* a = pools.allocate(24);  // a 20-byte class holds 24 bytes
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(pools.stats(0).in_use, 1u);
  EXPECT_EQ(pools.stats(1).in_use, 0u);
  void* b = pools.allocate(25);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(pools.stats(1).in_use, 1u);
}

TEST(FramePools, DoNotSpillIntoALargerClass) {
  three_classes pools;
  void* a = pools.allocate(8);
  void* b = pools.allocate(16);
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(pools.allocate(8), nullptr);  // the larger classes are free, but not this frame's
  EXPECT_EQ(in_use(pools), (sizes{2, 0, 0}));
  EXPECT_EQ(failed(pools), (sizes{1, 0, 0, 0}));
  // The full class does not stop the others.
  void* c = pools.allocate(64);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(pools.allocate(40), nullptr);
  EXPECT_EQ(in_use(pools), (sizes{2, 0, 1}));
  EXPECT_EQ(failed(pools), (sizes{1, 0, 1, 0}));
  EXPECT_NE(pools.allocate(32), nullptr);
  EXPECT_EQ(in_use(pools), (sizes{2, 1, 1}));
}

TEST(FramePools, FreeReturnsTheSlotToItsClass) {
  three_classes pools;
  void* small = pools.allocate(10);
  void* medium = pools.allocate(24);
  void* large = pools.allocate(48);
  ASSERT_TRUE(small != nullptr && medium != nullptr && large != nullptr);
  EXPECT_EQ(in_use(pools), (sizes{1, 1, 1}));
  pools.free(medium, 24);
  EXPECT_EQ(in_use(pools), (sizes{1, 0, 1}));
  EXPECT_EQ(pools.allocate(20), medium);  // the same slot, from the same class
  pools.free(large, 48);
  pools.free(small, 10);
  EXPECT_EQ(in_use(pools), (sizes{0, 1, 0}));
  EXPECT_EQ(pools.allocate(64), large);
  EXPECT_EQ(pools.allocate(1), small);
  EXPECT_EQ(pools.stats(0).high_water, 1u);
  EXPECT_EQ(pools.stats(1).high_water, 1u);
  EXPECT_EQ(pools.stats(2).high_water, 1u);
}

TEST(FramePools, SlotsOfDifferentClassesAreDisjoint) {
  three_classes pools;
  std::vector<std::pair<unsigned char*, size_t>> frames;
  for (size_t size : {16, 16, 32, 32, 64}) {
    auto* frame = static_cast<unsigned char*>(pools.allocate(runtime(size)));
    ASSERT_NE(frame, nullptr);
    std::memset(frame, static_cast<int>(frames.size()), size);
    frames.emplace_back(frame, size);
  }
  for (size_t i = 0; i < frames.size(); ++i)
    for (size_t b = 0; b < frames[i].second; ++b) ASSERT_EQ(frames[i].first[b], i);
  EXPECT_EQ(in_use(pools), (sizes{2, 2, 1}));
}

// A frame larger than every slot ends in the run-time report (reachable at -O0 only).
TEST(FramePools, OversizedAtRunTimeIsReportedWithBothSizes) {
  three_classes pools;
  EXPECT_DEATH(pools.allocate(runtime(65)), "frame of 65 bytes, largest slot 64 bytes");
  EXPECT_DEATH(pools.allocate(runtime(1000)), "frame of 1000 bytes, largest slot 64 bytes");
}

// Past the last class: the blocks refused for being larger than every slot (the heap opt-in
// asks by allocate_in_class).
TEST(FramePools, StatsPastTheLastClassCountBlocksTooLarge) {
  three_classes pools;
  EXPECT_EQ(pools.allocate_in_class(runtime(65)), nullptr);
  EXPECT_EQ(pools.allocate_in_class(runtime(1000)), nullptr);
  expect_stats(pools.stats(3), 0, 0, 0, 0, 2);
  expect_stats(pools.stats(7), 0, 0, 0, 0, 2);  // any index past the last
  EXPECT_EQ(in_use(pools), (sizes{0, 0, 0}));
  EXPECT_EQ(failed(pools), (sizes{0, 0, 0, 2}));
  // A full class is counted in its class, not past the last.
  pools.allocate(64);
  EXPECT_EQ(pools.allocate(runtime(64)), nullptr);
  EXPECT_EQ(failed(pools), (sizes{0, 0, 1, 2}));
}

TEST(FramePools, NoClassesRefuseEverything) {
  frame_pools<> none;
  EXPECT_EQ(none.allocate_in_class(1), nullptr);
  none.free_in_class(nullptr, 1);
  expect_stats(none.stats(0), 0, 0, 0, 0, 1);
}

}  // namespace
