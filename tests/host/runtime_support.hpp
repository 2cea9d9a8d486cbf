// What the host tests of the runtime share: one executor, a fixture that checks that a test
// left nothing behind, and small coroutines to wait on things.
//
// The "interrupts" of these tests: whenever the executor has nothing to run it calls
// freeco::host::on_idle (target/cpu_mode.hpp), by default one SysTick_Handler() (one tick);
// a test may install its own, or call SysTick_Handler(), interrupt_event::signal() and the
// like from a task, as an interrupt handler that fires at that point would.
//
// Inside a coroutine use EXPECT_*, never ASSERT_* (which `return`s).
#pragma once

#include <freeco/config.hpp>
#include <freeco/executor.hpp>
#include <freeco/time.hpp>
#include <gtest/gtest.h>
#include <stddef.h>
#include <stdint.h>

#include <utility>

#include <freeco/target/cpu_mode.hpp>

extern "C" void SysTick_Handler();

namespace host_test {

inline constinit freeco::executor executor;

// Frames taken now, over every slot class.
inline size_t frames_in_use() {
  size_t n = 0;
  for (size_t i = 0; i < freeco::config::frame_pools::class_count; ++i) n += freeco::frames.stats(i).in_use;
  return n;
}

inline int64_t now() { return freeco::clock::now().since_start().ticks(); }

// Spawns the task and runs the executor until every spawned task has finished.
inline void run(freeco::task<>&& t) {
  ASSERT_EQ(executor.spawn(std::move(t)), freeco::spawn_status::spawned);
  executor.run();
}

// Every test ends with no task alive, no frame taken and no timer set; whatever a test set as
// the idle "interrupt" goes back to one tick.
class Runtime : public ::testing::Test {
 protected:
  void TearDown() override {
    EXPECT_EQ(executor.live_tasks(), 0u);
    EXPECT_EQ(frames_in_use(), 0u) << "a frame was not freed";
    EXPECT_EQ(freeco::pending_timers(), 0u) << "a timer is still in the queue";
    freeco::host::on_idle = freeco::host::tick;
    freeco::host::idle_limit = 100'000;
  }
};

}  // namespace host_test
