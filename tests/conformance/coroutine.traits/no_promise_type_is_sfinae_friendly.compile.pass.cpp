// [coroutine.traits.primary]/1: when R::promise_type is not valid or does not denote a type,
// coroutine_traits<R, ArgTypes...> has no member promise_type (and naming it is a SFINAE error).
#include <coroutine>

template <class R, class... Args>
concept has_promise_type = requires { typename std::coroutine_traits<R, Args...>::promise_type; };

struct no_member {};
struct data_member {
  static int promise_type;
};
struct function_member {
  void promise_type();
};
struct with_member {
  struct promise_type {};
};

static_assert(!has_promise_type<int>);
static_assert(!has_promise_type<void>);
static_assert(!has_promise_type<int*, int>);
static_assert(!has_promise_type<no_member>);
static_assert(!has_promise_type<no_member, with_member>);
static_assert(!has_promise_type<data_member>);
static_assert(!has_promise_type<function_member>);
// A reference type has no members: R& is not R.
static_assert(!has_promise_type<with_member&>);
// The control: the same concept does see a real member.
static_assert(has_promise_type<with_member>);
static_assert(has_promise_type<with_member, int, long>);
