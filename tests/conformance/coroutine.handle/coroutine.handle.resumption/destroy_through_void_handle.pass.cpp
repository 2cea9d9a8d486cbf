// [coroutine.handle.resumption]/5: destroy() through coroutine_handle<> destroys the coroutine
// state as well: locals and parameter copies die and the frame is freed.
#include "coro_test.h"

struct tracked {
  const char* destroyed;
  tracked(const char* name) : destroyed(name) {}
  tracked(tracked&& other) : destroyed(other.destroyed) { other.destroyed = nullptr; }
  ~tracked() {
    if (destroyed) coro_test::events.record(destroyed);
  }
};

coro_test::lazy_task body(tracked parameter) {
  tracked local{"~local"};
  co_await std::suspend_always{};
  (void)parameter;
}

extern "C" int main() {
  coro_test::lazy_task task = body(tracked{"~parameter"});
  task.handle.resume();
  coro_test::events.record("destroy");
  std::coroutine_handle<> erased = task.handle;
  task.handle = nullptr;
  erased.destroy();
  CORO_CHECK(coro_test::live_frames == 0);
  CORO_CHECK_TRACE("destroy,~local,~parameter");
  return coro_test::finish();
}
