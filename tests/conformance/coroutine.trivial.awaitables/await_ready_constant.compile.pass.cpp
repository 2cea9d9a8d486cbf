// [coroutine.trivial.awaitables]: await_ready() is a constexpr const member: false for
// suspend_always, true for suspend_never, in constant expressions and on const objects.
#include <coroutine>

static_assert(!std::suspend_always{}.await_ready());
static_assert(std::suspend_never{}.await_ready());

constexpr std::suspend_always always{};
constexpr std::suspend_never never{};
static_assert(!always.await_ready());
static_assert(never.await_ready());

template <bool Ready>
struct needs_constant {};
[[maybe_unused]] needs_constant<std::suspend_never{}.await_ready()> never_ready;
[[maybe_unused]] needs_constant<!std::suspend_always{}.await_ready()> always_suspends;
