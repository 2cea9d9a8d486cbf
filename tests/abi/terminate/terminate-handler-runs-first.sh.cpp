// A handler installed with std::set_terminate runs first; get_terminate returns it.
// RUN: %{build}
// RUN: not %{run} %t.elf | FileCheck %s
#include <cstdlib>
#include <exception>
#include <freeco/console.hpp>

namespace {
[[noreturn]] void handler() {
  freeco::console::write("handler ran\n");
  std::abort();
}
}  // namespace

extern "C" int main() {
  if (std::set_terminate(handler) != nullptr) return 1;
  if (std::get_terminate() != handler) return 2;
  std::terminate();
}
// CHECK: handler ran
// CHECK: ERROR(freeco): abort() called
