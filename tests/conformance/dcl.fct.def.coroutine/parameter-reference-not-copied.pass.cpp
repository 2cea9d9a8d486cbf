// [dcl.fct.def.coroutine]/13: the "copy" of a reference parameter is a reference bound to the same
// object: no object is copied or moved, and the body reaches the caller's object.
#include "copy_counter.h"

namespace {

using namespace coro_test::copy_counting;

const tracked* seen_address = nullptr;

coro_test::lazy_task f(tracked& t, const tracked& c, tracked&& r) {
  seen_address = &t;
  t.value = c.value + r.value;
  co_return;
}

}  // namespace

extern "C" int main() {
  tracked object{1};
  tracked other{2};
  tracked third{3};
  {
    coro_test::lazy_task task = f(object, other, static_cast<tracked&&>(third));
    other.value = 20;  // read through the reference only when the body runs
    third.value = 30;
    task.handle.resume();
  }
  CORO_CHECK(copies == 0);
  CORO_CHECK(moves == 0);
  CORO_CHECK(seen_address == &object);
  CORO_CHECK(object.value == 50);
  return coro_test::finish();
}
