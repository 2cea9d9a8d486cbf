// [coroutine.handle.noop.general], [coroutine.noop.coroutine]: noop_coroutine() is noexcept and
// returns noop_coroutine_handle; its members are noexcept, it converts to coroutine_handle<>
// but not implicitly to bool, and it has no public default constructor.
#include <coroutine>
#include <type_traits>

using handle = std::noop_coroutine_handle;
static_assert(std::is_same_v<handle, std::coroutine_handle<std::noop_coroutine_promise>>);
static_assert(std::is_same_v<decltype(std::noop_coroutine()), handle>);
static_assert(noexcept(std::noop_coroutine()));
static_assert(noexcept(std::noop_coroutine().done()));
static_assert(noexcept(std::noop_coroutine().resume()));
static_assert(noexcept(std::noop_coroutine()()));
static_assert(noexcept(std::noop_coroutine().destroy()));
static_assert(noexcept(std::noop_coroutine().promise()));
static_assert(noexcept(std::noop_coroutine().address()));
static_assert(noexcept(static_cast<bool>(std::noop_coroutine())));
static_assert(std::is_same_v<decltype(std::noop_coroutine().promise()), std::noop_coroutine_promise&>);
static_assert(std::is_nothrow_convertible_v<handle, std::coroutine_handle<>>);
static_assert(!std::is_convertible_v<handle, bool>);
static_assert(!std::is_default_constructible_v<handle>);

