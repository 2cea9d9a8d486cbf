// [coroutine.handle.compare]: == and <=> are constexpr and noexcept, <=> yields
// std::strong_ordering, and both accept mixed typed and type-erased handles.
#include <compare>
#include <coroutine>
#include <type_traits>
#include <utility>

struct promise {};
using erased = std::coroutine_handle<>;
using typed = std::coroutine_handle<promise>;

static_assert(std::is_same_v<decltype(std::declval<erased>() <=> std::declval<erased>()), std::strong_ordering>);
static_assert(std::is_same_v<decltype(std::declval<typed>() <=> std::declval<typed>()), std::strong_ordering>);
static_assert(std::is_same_v<decltype(std::declval<typed>() <=> std::declval<erased>()), std::strong_ordering>);
static_assert(std::is_same_v<decltype(std::declval<erased>() == std::declval<typed>()), bool>);
static_assert(noexcept(std::declval<erased>() == std::declval<erased>()));
static_assert(noexcept(std::declval<erased>() <=> std::declval<erased>()));

static_assert(erased() == erased(nullptr));
static_assert(typed() == erased());
static_assert(!(typed() != typed()));
static_assert((erased() <=> erased()) == std::strong_ordering::equal);
static_assert((typed() <=> typed::from_address(nullptr)) == 0);
static_assert(erased() <= typed() && erased() >= typed());
