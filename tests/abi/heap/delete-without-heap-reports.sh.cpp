// Reaching operator delete in a firmware without a heap (freeing what no heap gave out) ends
// the firmware with a report, not a silent corruption.
// RUN: %{build}
// RUN: not %{run} %t.elf | FileCheck %s
#include <new>

struct base {
  virtual ~base() = default;
};
struct derived : base {};

alignas(derived) unsigned char storage[sizeof(derived)];

extern "C" int main() {
  base* volatile p = new (storage) derived;  // placement new: no heap involved
  delete p;  // wrong: the object was not made by a heap
  return 0;
}
// CHECK: ERROR(freeco): operator delete was called, but this firmware has no heap
