// Shared by the tests of await_suspend: an awaiter base that is never ready and records
// "await_resume" in coro_test::events when the coroutine resumes. The test's awaiter derives from
// it and declares the await_suspend under test.
#ifndef FREECO_TESTS_TRACED_AWAITER_H
#define FREECO_TESTS_TRACED_AWAITER_H

#include "coro_test.h"

namespace coro_test {

struct traced_awaiter {
  bool await_ready() { return false; }
  void await_resume() { events.record("await_resume"); }
};

}  // namespace coro_test

#endif  // FREECO_TESTS_TRACED_AWAITER_H
