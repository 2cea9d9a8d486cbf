// [coroutine.handle.hash]: <coroutine> gives std::hash<coroutine_handle<P>>, whose value for a
// handle is the same as for any other handle to the same frame (its address), for every P,
// null included; and std::size_t and std::nullptr_t are usable after <coroutine> alone.
#include <coroutine>

#include "coro_test.h"

coro_test::lazy_task body() { co_return; }

static_assert(noexcept(std::hash<std::coroutine_handle<>>()(std::coroutine_handle<>())));
static_assert(sizeof(std::size_t) == sizeof(void*));
constexpr std::nullptr_t null = nullptr;

extern "C" int main() {
  {
    coro_test::lazy_task t = body();
    using handle = decltype(t.handle);
    const std::size_t typed = std::hash<handle>()(t.handle);
    const std::size_t erased = std::hash<std::coroutine_handle<>>()(t.handle);
    CORO_CHECK(typed == erased);
    CORO_CHECK(typed == reinterpret_cast<std::size_t>(t.handle.address()));
    CORO_CHECK(std::hash<std::coroutine_handle<>>()(std::coroutine_handle<>(null)) == 0);
  }
  return coro_test::finish();
}
