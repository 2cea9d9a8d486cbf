// ADDITIONAL_COMPILE_FLAGS: -pedantic
// <coroutine> compiles on its own, warning-free, and declares [support.coroutine]'s names.
#include <coroutine>

struct promise;
struct returns_task {
  using promise_type = ::promise;
};
struct no_promise {};

static_assert(__is_same(std::coroutine_traits<returns_task, int&, double>::promise_type, promise));
template <class T>
concept has_promise_type = requires { typename std::coroutine_traits<T>::promise_type; };
static_assert(has_promise_type<returns_task>);
static_assert(!has_promise_type<no_promise>);

static_assert(std::coroutine_handle<>{}.address() == nullptr);
static_assert(!std::coroutine_handle<promise>{});
static_assert(std::coroutine_handle<>::from_address(nullptr) == std::coroutine_handle<>{});
static_assert((std::coroutine_handle<>{} <=> std::coroutine_handle<>{}) == std::strong_ordering::equal);
static_assert(std::suspend_always{}.await_ready() == false);
static_assert(std::suspend_never{}.await_ready() == true);
static_assert(noexcept(std::noop_coroutine()));
static_assert(__is_same(decltype(std::noop_coroutine()), std::noop_coroutine_handle));
static_assert(__is_same(std::noop_coroutine_handle, std::coroutine_handle<std::noop_coroutine_promise>));
