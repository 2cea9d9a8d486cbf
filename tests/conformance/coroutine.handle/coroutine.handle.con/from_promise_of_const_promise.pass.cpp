// [coroutine.handle.con]: coroutine_handle<const P>::from_promise(p) takes a const P& and
// refers to the same frame as coroutine_handle<P>::from_promise, and promise() gives that
// promise back, const.
#include <coroutine>
#include <type_traits>

#include "coro_test.h"

coro_test::lazy_task body() { co_return; }

extern "C" int main() {
  {
    coro_test::lazy_task t = body();
    using promise = coro_test::lazy_task::promise_type;
    const promise& p = t.handle.promise();
    const auto h = std::coroutine_handle<const promise>::from_promise(p);
    CORO_CHECK(h.address() == t.handle.address());
    static_assert(std::is_same_v<decltype(h.promise()), const promise&>);
    CORO_CHECK(&h.promise() == &p);
  }
  return coro_test::finish();
}
