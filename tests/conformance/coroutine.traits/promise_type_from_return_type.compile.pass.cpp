// [coroutine.traits.primary]/1: coroutine_traits<R, ArgTypes...>::promise_type is
// R::promise_type when that names a type, whatever the argument types are.
#include <coroutine>
#include <type_traits>

struct promise {};
struct alias_result {
  using promise_type = promise;
};
struct nested_result {
  struct promise_type {};
};
struct int_result {
  using promise_type = int;
};

static_assert(std::is_same_v<std::coroutine_traits<alias_result>::promise_type, promise>);
static_assert(std::is_same_v<std::coroutine_traits<alias_result, int>::promise_type, promise>);
static_assert(std::is_same_v<std::coroutine_traits<alias_result, alias_result&, const char*, double&&>::promise_type,
                             promise>);
static_assert(std::is_same_v<std::coroutine_traits<nested_result, int&>::promise_type, nested_result::promise_type>);
// Any type will do as promise_type, and a cv-qualified R still names its member.
static_assert(std::is_same_v<std::coroutine_traits<int_result, long>::promise_type, int>);
static_assert(std::is_same_v<std::coroutine_traits<const alias_result>::promise_type, promise>);
