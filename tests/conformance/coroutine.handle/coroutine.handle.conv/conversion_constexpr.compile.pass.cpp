// [coroutine.handle.conv]/1: the conversion coroutine_handle<Promise> -> coroutine_handle<> is
// implicit, constexpr and noexcept; there is none the other way.
#include <coroutine>
#include <type_traits>

struct promise {};
struct other_promise {};

static_assert(std::is_convertible_v<std::coroutine_handle<promise>, std::coroutine_handle<>>);
static_assert(std::is_nothrow_convertible_v<std::coroutine_handle<promise>, std::coroutine_handle<>>);
static_assert(!std::is_convertible_v<std::coroutine_handle<>, std::coroutine_handle<promise>>);
static_assert(!std::is_convertible_v<std::coroutine_handle<other_promise>, std::coroutine_handle<promise>>);

constexpr std::coroutine_handle<promise> typed;
constexpr std::coroutine_handle<> erased = typed;
static_assert(erased.address() == nullptr);
