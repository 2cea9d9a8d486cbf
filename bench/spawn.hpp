// Starting benchmark tasks. A benchmark that finds no frame is misconfigured, not slow, so it
// ends with a report (bench/config/freeco_config.hpp sizes the pools for bench_tasks).
#pragma once

#include <freeco/executor.hpp>
#include <freeco/panic.hpp>

namespace bench {

inline void start(freeco::executor& executor, freeco::task<>&& t) {
  if (executor.spawn(std::move(t)) != freeco::spawn_status::spawned)
    freeco::panic("ERROR(freeco): no frame for a benchmark task (bench/config/freeco_config.hpp)");
}

// One task, run until it ends.
inline void run_alone(freeco::executor& executor, freeco::task<>&& t) {
  start(executor, std::move(t));
  executor.run();
}

}  // namespace bench
