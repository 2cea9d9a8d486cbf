// The baselines the benchmarks are compared with: what the same job costs written by hand,
// without coroutines, in the same firmware. Each runs n steps for bench::per_iteration; the
// benchmarks subtract plain_loop (the bare loop) from all of them alike.
//   indirect_call       a call through a function pointer the compiler cannot see through
//   state_machine_step  a step of one of two switch-based state machines taking turns
//   ring_buffer         an item through a hand-written ring buffer, producer to consumer
//   irq_flag            an interrupt pended with interrupts masked, the sleep, the handler
//                       setting a flag, main polling it: the interrupt paths' floor (irq_flag.hpp)
//   malloc_free         the C library's malloc and free of a frame-sized block (pool.cpp)
#pragma once

#include <stdint.h>

namespace bench {

inline volatile uint32_t sink;

[[gnu::noinline]] inline void plain_loop(uint32_t n) {
  for (uint32_t i = 0; i < n; ++i) sink = i;
}

[[gnu::noinline]] inline void store(uint32_t i) { sink = i; }
inline void (*volatile store_pointer)(uint32_t) = store;

[[gnu::noinline]] inline void indirect_call(uint32_t n) {
  for (uint32_t i = 0; i < n; ++i) store_pointer(i);
}

// Two machines, each a loop "store i, then wait for a turn" written as states; a scheduler
// loop steps them alternately, as the executor resumes two tasks.
struct machine {
  enum : uint8_t { storing, waiting } state = storing;
  uint32_t i = 0;
};
[[gnu::noinline]] inline void step(machine& m) {
  switch (m.state) {
    case machine::storing:
      sink = m.i++;
      m.state = machine::waiting;
      break;
    case machine::waiting:
      m.state = machine::storing;
      break;
  }
}
inline machine machines[2];
[[gnu::noinline]] inline void state_machine_step(uint32_t n) {
  machine* volatile m = machines;  // the scheduler does not know which machine it steps
  for (uint32_t i = 0; i < n; ++i) step(m[i & 1]);
}

// A single-producer, single-consumer ring of four words, each item pushed then popped.
struct ring {
  uint32_t items[4];
  uint32_t head = 0, tail = 0;
};
inline ring the_ring;
[[gnu::noinline]] inline bool push(ring& r, uint32_t item) {
  if (r.head - r.tail == 4) return false;
  r.items[r.head++ % 4] = item;
  return true;
}
[[gnu::noinline]] inline bool pop(ring& r, uint32_t& item) {
  if (r.head == r.tail) return false;
  item = r.items[r.tail++ % 4];
  return true;
}
[[gnu::noinline]] inline void ring_buffer(uint32_t n) {
  for (uint32_t i = 0; i < n; ++i) {
    uint32_t item = 0;
    push(the_ring, i);
    pop(the_ring, item);
    sink = item;
  }
}

}  // namespace bench
