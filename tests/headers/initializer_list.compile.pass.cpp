// ADDITIONAL_COMPILE_FLAGS: -pedantic
#include <initializer_list>

// <initializer_list> alone: the compiler builds std::initializer_list from braced lists
// (pointer + size layout), and size/begin/end and the free begin/end work in constant
// expressions.

namespace {
template <class A, class B>
constexpr bool same = false;
template <class A>
constexpr bool same<A, A> = true;

static_assert(sizeof(std::initializer_list<int>) == sizeof(const int*) + sizeof(decltype(sizeof(0))));
static_assert(same<std::initializer_list<int>::value_type, int>);
static_assert(same<std::initializer_list<int>::reference, const int&>);
static_assert(same<std::initializer_list<int>::const_reference, const int&>);
static_assert(same<std::initializer_list<int>::size_type, decltype(sizeof(0))>);
static_assert(same<std::initializer_list<int>::iterator, const int*>);
static_assert(same<std::initializer_list<int>::const_iterator, const int*>);

constexpr int sum(std::initializer_list<int> values) {
  int total = 0;
  for (int value : values) total += value;
  return total;
}
static_assert(sum({3, 1, 4, 1, 5}) == 14);
static_assert(sum({}) == 0);

constexpr std::initializer_list<int> list = {2, 7, 1, 8};
static_assert(list.size() == 4);
static_assert(list.end() - list.begin() == 4);
static_assert(*list.begin() == 2 && list.begin()[3] == 8);
static_assert(std::begin(list) == list.begin() && std::end(list) == list.end());

constexpr std::initializer_list<char> empty;
static_assert(empty.size() == 0 && empty.begin() == empty.end());

// auto deduces std::initializer_list from a braced list.
constexpr auto deduced = {1.5, 2.5};
static_assert(same<decltype(deduced), const std::initializer_list<double>>);
static_assert(deduced.size() == 2);

static_assert(noexcept(list.size()) && noexcept(std::begin(list)) && noexcept(std::end(list)));
}  // namespace
