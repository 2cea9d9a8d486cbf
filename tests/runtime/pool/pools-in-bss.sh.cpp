// Frame pools cost no flash: freeco::frames and a constinit dedicated pool are all zero at
// start, so they live in .bss (zeroed by startup, nothing in the image), as the symbol
// table's section column shows. A task from each pool runs, so both pools are in use.
//
// RUN: %{build}
// RUN: %{run} %t.elf
// RUN: %{objdump} -t %t.elf | FileCheck %s
//
// The columns: address, flags, section, size, name.
// CHECK-DAG: {{^[0-9a-f]+ .* \.bss[[:space:]]+[0-9a-f]*[1-9a-f][0-9a-f]* _ZN6freeco6framesE$}}
// CHECK-DAG: {{^[0-9a-f]+ .* \.bss[[:space:]]+[0-9a-f]*[1-9a-f][0-9a-f]* _ZN4test14dedicated_poolE$}}
#include <freeco/executor.hpp>

namespace test {
constinit freeco::frame_pool<96, 2> dedicated_pool;
}

namespace {
constinit freeco::executor executor;
int ran = 0;

freeco::task<> from_frames() {
  co_await freeco::yield();
  ran += 1;
}

freeco::task<> from_dedicated(freeco::in_pool<test::dedicated_pool>) {
  co_await freeco::yield();
  ran += 10;
}
}  // namespace

extern "C" int main() {
  if (executor.spawn(from_frames()) != freeco::spawn_status::spawned) return 1;
  if (executor.spawn(from_dedicated({})) != freeco::spawn_status::spawned) return 2;
  if (test::dedicated_pool.stats().in_use != 1) return 3;  // the dedicated task's frame
  executor.run();
  if (ran != 11 || executor.live_tasks() != 0) return 4;
  if (test::dedicated_pool.stats().high_water != 1 || test::dedicated_pool.stats().in_use != 0) return 5;
  size_t frames_high_water = 0;
  for (size_t i = 0; i < freeco::config::frame_pools::class_count; ++i) {
    if (freeco::frames.stats(i).in_use != 0) return 6;
    frames_high_water += freeco::frames.stats(i).high_water;
  }
  return frames_high_water == 1 ? 0 : 7;
}
