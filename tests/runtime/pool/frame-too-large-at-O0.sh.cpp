// At -O0 the frame size is not a constant where operator new checks it, so the oversized frame
// of frame-too-large-fails-the-build.sh.cpp builds; at run time the allocation fails cleanly: an
// empty task, spawn_status::no_frame, and the refusal counted past the last class.
// RUN: %{cxx} %{flags} -O0 -c %s -o %t.o
// RUN: %{cxx} %t.o -o %t.elf %{link_flags}
// RUN: %{run} %t.elf | FileCheck %s
#include <runtime_test.h>

namespace {
constinit freeco::executor executor;
volatile unsigned char sink;

freeco::task<> big() {
  volatile unsigned char state[400];
  for (auto& b : state) b = sink;
  co_await freeco::yield();
  sink = state[7];
}
freeco::task<> small() { co_return; }
}  // namespace

extern "C" int main() {
  auto t = big();
  RUNTIME_CHECK(!t);
  RUNTIME_CHECK(executor.spawn(std::move(t)) == freeco::spawn_status::no_frame);
  constexpr size_t too_large = decltype(freeco::frames)::class_count;
  RUNTIME_CHECK(freeco::frames.stats(too_large).failed == 1);
  runtime_test::spawn(executor, small());  // the pools are intact
  executor.run();
  runtime_test::print("refused as too large: ", static_cast<long>(freeco::frames.stats(too_large).failed));
  return 0;
}
// CHECK: refused as too large: 1
