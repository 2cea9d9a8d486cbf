// [coroutine.handle.export.import]: address() and from_address() are constexpr: a null address
// round-trips in a constant expression, for coroutine_handle<> and coroutine_handle<Promise>.
#include <coroutine>
#include <type_traits>

struct promise {};

static_assert(std::coroutine_handle<>::from_address(nullptr).address() == nullptr);
static_assert(std::coroutine_handle<promise>::from_address(nullptr).address() == nullptr);
static_assert(!std::coroutine_handle<promise>::from_address(nullptr));
constexpr std::coroutine_handle<> imported = std::coroutine_handle<>::from_address(nullptr);
static_assert(imported.address() == nullptr);

static_assert(noexcept(std::coroutine_handle<>{}.address()));
static_assert(noexcept(std::coroutine_handle<promise>{}.address()));
static_assert(std::is_same_v<decltype(std::coroutine_handle<>{}.address()), void*>);
static_assert(std::is_same_v<decltype(std::coroutine_handle<promise>::from_address(nullptr)),
                             std::coroutine_handle<promise>>);
