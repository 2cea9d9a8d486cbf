// [coroutine.handle.observers]/1: operator bool is explicit and constexpr and returns
// address() != nullptr: usable in a condition and in constant expressions, but a handle does not
// convert to bool implicitly.
#include <concepts>
#include <coroutine>
#include <type_traits>

struct promise {};

static_assert(!std::is_convertible_v<std::coroutine_handle<>, bool>);
static_assert(!std::is_convertible_v<std::coroutine_handle<promise>, bool>);
static_assert(std::is_nothrow_constructible_v<bool, std::coroutine_handle<>>);
static_assert(std::is_nothrow_constructible_v<bool, std::coroutine_handle<promise>>);

static_assert(!std::coroutine_handle<>{});
static_assert(!std::coroutine_handle<promise>{});
static_assert(static_cast<bool>(std::coroutine_handle<>{}) == false);
static_assert(std::coroutine_handle<>{} ? false : true);
static_assert(requires(std::coroutine_handle<> h) {
  { !h } -> std::same_as<bool>;
});
