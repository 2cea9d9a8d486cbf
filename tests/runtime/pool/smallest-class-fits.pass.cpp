// Each frame takes a slot of the smallest class that fits it, as the application's
// freeco_config.hpp declares them; the counters show slots in use and the high-water mark.
// ADDITIONAL_COMPILE_FLAGS: -I%S/Inputs/small-pools
#include <runtime_test.h>

namespace {
extern volatile unsigned char sink;
volatile unsigned char sink;

freeco::task<int> small() { co_return 1; }
freeco::task<> large() {
  volatile unsigned char state[200];  // alive across the co_await: in the frame
  for (auto& b : state) b = sink;
  co_await freeco::yield();
  sink = state[3];
}
}  // namespace

extern "C" int main() {
  RUNTIME_CHECK(freeco::frames.stats(0).slot_size == 64);
  RUNTIME_CHECK(freeco::frames.stats(1).slot_size == 512);
  {
    auto a = small();
    auto b = large();
    RUNTIME_CHECK(a && b);
    RUNTIME_CHECK(freeco::frames.stats(0).in_use == 1);
    RUNTIME_CHECK(freeco::frames.stats(1).in_use == 1);
    auto c = small();
    RUNTIME_CHECK(freeco::frames.stats(0).in_use == 2);
  }
  const freeco::pool_stats s = freeco::frames.stats(0);
  RUNTIME_CHECK(s.in_use == 0 && s.high_water == 2 && s.failed == 0 && s.capacity == 2);
  RUNTIME_CHECK(freeco::frames.stats(1).high_water == 1);
  runtime_test::print("high water of class 0: ", static_cast<long>(s.high_water));
  return 0;
}
// CHECK: high water of class 0: 2
