// [coroutine.trivial.awaitables]: await_ready, await_suspend(coroutine_handle<>) and
// await_resume of suspend_always and suspend_never are constexpr, const and noexcept.
#include <coroutine>
#include <type_traits>
#include <utility>

template <class Awaitable>
constexpr bool all_members_noexcept() {
  const Awaitable a{};
  return noexcept(a.await_ready()) && noexcept(a.await_suspend(std::coroutine_handle<>{})) &&
         noexcept(a.await_resume());
}
static_assert(all_members_noexcept<std::suspend_always>());
static_assert(all_members_noexcept<std::suspend_never>());

template <class Awaitable>
constexpr bool await_in_constant_expression() {
  const Awaitable a{};
  a.await_suspend(std::coroutine_handle<>{});
  a.await_resume();
  return a.await_ready();
}
static_assert(!await_in_constant_expression<std::suspend_always>());
static_assert(await_in_constant_expression<std::suspend_never>());

static_assert(std::is_same_v<decltype(std::declval<std::suspend_always>().await_ready()), bool>);
static_assert(std::is_same_v<decltype(std::declval<std::suspend_never>().await_resume()), void>);
static_assert(std::is_trivially_copyable_v<std::suspend_always>);
static_assert(std::is_nothrow_default_constructible_v<std::suspend_never>);
