// libFuzzer target: the synchronisation scenarios of tests/host/sync_scenarios.hpp, driven by
// the fuzzer's bytes instead of a random engine. The first byte picks the scenario (a channel
// of 1 to 4 slots, the semaphore, the event); every later choice takes the next byte (0 once
// they run out). A broken promise, a sanitizer report or a lost wake-up (the host executor's
// "idle for ever" abort, tests/host/target/host.cpp) is a crash that libFuzzer keeps.
// Built with clang-19 under ASan and UBSan by tests/fuzz/CMakeLists.txt; ./x fuzz runs it.
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <string>

[[noreturn]] inline void scenario_failed(const std::string& what) {
  fprintf(stderr, "scenario broke a promise: %s\n", what.c_str());
  abort();
}
#define SCENARIO_EXPECT(condition, what) \
  do {                                   \
    if (!(condition)) scenario_failed(what); \
  } while (0)

#include <freeco/config.hpp>
#include <freeco/executor.hpp>
#include <freeco/time.hpp>

#include "sync_scenarios.hpp"

namespace {

constinit freeco::executor executor;

struct byte_choices {
  const uint8_t* next;
  const uint8_t* end;
  unsigned pick(unsigned n) { return next < end ? *next++ % n : 0u; }
};

template <class Scenario>
void run(byte_choices& choices) {
  Scenario s(choices);
  SCENARIO_EXPECT(executor.spawn(s.start()) == freeco::spawn_status::spawned, "spawn failed");
  executor.run();
  s.check();
  SCENARIO_EXPECT(executor.live_tasks() == 0, "a task is still alive");
  SCENARIO_EXPECT(freeco::pending_timers() == 0, "a timer is still in the queue");
  for (size_t i = 0; i < freeco::config::frame_pools::class_count; ++i)
    SCENARIO_EXPECT(freeco::frames.stats(i).in_use == 0, "a frame was not freed");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  byte_choices choices{data, data + size};
  switch (choices.pick(6)) {
    case 0: run<scenario::channel_run<1, byte_choices>>(choices); break;
    case 1: run<scenario::channel_run<2, byte_choices>>(choices); break;
    case 2: run<scenario::channel_run<3, byte_choices>>(choices); break;
    case 3: run<scenario::channel_run<4, byte_choices>>(choices); break;
    case 4: run<scenario::semaphore_run<byte_choices>>(choices); break;
    default: run<scenario::event_run<byte_choices>>(choices); break;
  }
  return 0;
}
