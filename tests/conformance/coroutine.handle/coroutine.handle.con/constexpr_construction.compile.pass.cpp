// [coroutine.handle.con]/1: the default and nullptr constructors are constexpr and noexcept and
// give a null address in constant expressions; operator=(nullptr_t) is noexcept.
#include <coroutine>
#include <type_traits>

struct promise {};

constexpr std::coroutine_handle<> void_default;
constexpr std::coroutine_handle<> void_null(nullptr);
constexpr std::coroutine_handle<promise> typed_default;
constexpr std::coroutine_handle<promise> typed_null = nullptr;
static_assert(void_default.address() == nullptr);
static_assert(void_null.address() == nullptr);
static_assert(typed_default.address() == nullptr);
static_assert(typed_null.address() == nullptr);
static_assert(std::coroutine_handle<>{}.address() == nullptr);

static_assert(std::is_nothrow_default_constructible_v<std::coroutine_handle<>>);
static_assert(std::is_nothrow_default_constructible_v<std::coroutine_handle<promise>>);
static_assert(std::is_nothrow_constructible_v<std::coroutine_handle<>, decltype(nullptr)>);
static_assert(std::is_nothrow_constructible_v<std::coroutine_handle<promise>, decltype(nullptr)>);
static_assert(std::is_nothrow_assignable_v<std::coroutine_handle<>&, decltype(nullptr)>);
static_assert(std::is_nothrow_assignable_v<std::coroutine_handle<promise>&, decltype(nullptr)>);
static_assert(std::is_same_v<decltype(std::declval<std::coroutine_handle<promise>&>() = nullptr),
                             std::coroutine_handle<promise>&>);
