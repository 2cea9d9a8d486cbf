// Shared by the runtime tests: checks that print what failed and end the firmware, and
// spawning that must succeed.
#pragma once

#include <freeco/config.hpp>
#include <freeco/console.hpp>
#include <freeco/executor.hpp>
#include <freeco/semihosting.hpp>

#define RUNTIME_CHECK(condition)                                                      \
  do {                                                                                \
    if (!(condition)) runtime_test::fail(__FILE__, __LINE__, #condition);             \
  } while (0)

namespace runtime_test {

[[noreturn]] inline void fail(const char* file, int line, const char* what) {
  freeco::console::write(file);
  freeco::console::write(":");
  freeco::console::write_dec(line);
  freeco::console::write(": check failed: ");
  freeco::console::write(what);
  freeco::console::write("\n");
  freeco::semihosting::exit(1);
}

inline void spawn(freeco::executor& executor, freeco::task<>&& t) {
  RUNTIME_CHECK(executor.spawn(static_cast<freeco::task<>&&>(t)) == freeco::spawn_status::spawned);
}

inline void print(const char* label, long value) {
  freeco::console::write(label);
  freeco::console::write_dec(static_cast<int32_t>(value));
  freeco::console::write("\n");
}

// Frames taken from freeco::frames now, over every slot class.
inline size_t frames_in_use() {
  size_t n = 0;
  for (size_t i = 0; i < freeco::config::frame_pools::class_count; ++i) n += freeco::frames.stats(i).in_use;
  return n;
}

}  // namespace runtime_test
