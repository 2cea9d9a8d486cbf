// At -O0 the frame size is not a constant where operator new checks it, so the oversized frame
// of frame-too-large-fails-the-build.sh.cpp builds; at run time the call ends the firmware with
// the report the build would have given: both sizes, and the coroutine (the runner names the
// "called from" address). A frame that fits costs no check at any other level.
// RUN: %{cxx} %{flags} -O0 -c %s -o %t.o
// RUN: %{cxx} %t.o -o %t.elf %{link_flags}
// RUN: { %{run} %t.elf; echo "exit status: $?"; } | FileCheck %s
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
  runtime_test::spawn(executor, small());  // a frame that fits runs as at any level
  executor.run();
  freeco::console::write("small ran, now big\n");
  auto t = big();
  freeco::console::write("not reached\n");
  return 0;
}
// CHECK: small ran, now big
// CHECK: ERROR(freeco): a coroutine frame of {{4[0-9][0-9]}} bytes is larger than the largest pool slot (256 bytes): enlarge the largest slot class (freeco_config.hpp)
// CHECK-SAME: (Found at run time at -O0; other levels fail the build.)
// CHECK-NEXT: called from 0x{{[0-9a-f]+}} <- called from: {{.*}}big(
// CHECK-NEXT: exit status: 1
