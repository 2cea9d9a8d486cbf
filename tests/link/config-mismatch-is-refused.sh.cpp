// Two files that take task frames from freeco::frames but saw different frame-pool
// configurations (one with freeco_config.hpp on its include path, one without) would share
// `frames` with different layouts: the link is refused, naming the rule. The same two files
// with the same configuration link and run.
// RUN: %{cxx} %{flags} -DPART_A -I%S/Inputs/other_config -c %s -o %t.a.o
// RUN: %{cxx} %{flags} -DPART_B -c %s -o %t.b.o
// RUN: not %{cxx} %t.a.o %t.b.o -o %t.elf %{link_flags} 2>&1 | FileCheck %s
// CHECK: ERROR(freeco): files of this firmware saw different frame-pool configurations (freeco_config.hpp)
// RUN: %{cxx} %{flags} -DPART_B -I%S/Inputs/other_config -c %s -o %t.b2.o
// RUN: %{cxx} %t.a.o %t.b2.o -o %t.same.elf %{link_flags}
// RUN: %{run} %t.same.elf | FileCheck %s --check-prefix=SAME
// SAME: 42
#include <freeco/console.hpp>
#include <freeco/executor.hpp>

freeco::task<int> part_b();

#ifdef PART_A
freeco::task<int> part_a() { co_return 40 + co_await part_b(); }

int main() {
  freeco::executor executor;
  int result = 0;
  auto outer = [&]() -> freeco::task<> { result = co_await part_a(); };
  if (executor.spawn(outer()) != freeco::spawn_status::spawned) return 2;
  executor.run();
  freeco::console::write_dec(result);
  freeco::console::write("\n");
  return result == 42 ? 0 : 1;
}
#else
freeco::task<int> part_b() { co_return 2; }
#endif
