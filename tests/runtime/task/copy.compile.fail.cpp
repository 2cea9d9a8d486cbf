// A task is move-only: a copy does not compile.
#include <freeco/task.hpp>

freeco::task<int> f() { co_return 1; }

void copy() {
  freeco::task<int> a = f();
  freeco::task<int> b = a;
}
// CHECK-GCC: use of deleted function
// CHECK-CLANG: call to implicitly-deleted copy constructor
