// __cxa_guard_abort (what an initialiser that throws leads to) puts the guard back to "not
// started": the next acquire returns 1 again, as the first did. Called directly, since
// freeco builds without exceptions.
#include <runtime_test.h>

extern "C" {
int __cxa_guard_acquire(uint32_t* guard);
void __cxa_guard_release(uint32_t* guard);
void __cxa_guard_abort(uint32_t* guard);
}

extern "C" int main() {
  uint32_t guard = 0;
  RUNTIME_CHECK(__cxa_guard_acquire(&guard) == 1);
  __cxa_guard_abort(&guard);
  RUNTIME_CHECK((guard & 1) == 0);
  RUNTIME_CHECK(__cxa_guard_acquire(&guard) == 1);
  __cxa_guard_release(&guard);
  RUNTIME_CHECK((guard & 1) == 1);  // the bit the compilers test inline
  RUNTIME_CHECK(__cxa_guard_acquire(&guard) == 0);
  runtime_test::print("acquire after release: ", __cxa_guard_acquire(&guard));
  return 0;
}
// CHECK: acquire after release: 0
