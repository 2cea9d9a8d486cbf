// ADDITIONAL_COMPILE_FLAGS: -pedantic
// <utility> compiles on its own: move/forward, swap, exchange, integer comparisons,
// integer_sequence and pair with its comparisons and tuple-like access.
#include <utility>

struct MoveOnly {
  int v = 0;
  constexpr MoveOnly(int x) : v(x) {}
  MoveOnly(MoveOnly&&) = default;
  MoveOnly& operator=(MoveOnly&&) = default;
};
struct ThrowingMove {
  ThrowingMove() = default;
  ThrowingMove(const ThrowingMove&) = default;
  ThrowingMove(ThrowingMove&&) noexcept(false) {}
};
struct OnlyLess {
  int v;
  constexpr bool operator==(const OnlyLess&) const = default;
  constexpr bool operator<(const OnlyLess& o) const { return v < o.v; }
};
struct Explicit { constexpr explicit Explicit(int) {} };

static_assert(std::is_same_v<decltype(std::move(std::declval<int&>())), int&&>);
static_assert(std::is_same_v<decltype(std::forward<int&>(std::declval<int&>())), int&>);
static_assert(std::is_same_v<decltype(std::forward<int>(std::declval<int&>())), int&&>);
static_assert(std::is_same_v<decltype(std::move_if_noexcept(std::declval<ThrowingMove&>())), const ThrowingMove&>);
static_assert(std::is_same_v<decltype(std::move_if_noexcept(std::declval<MoveOnly&>())), MoveOnly&&>);
static_assert(std::is_same_v<decltype(std::as_const(std::declval<int&>())), const int&>);

constexpr int swap_and_exchange() {
  int a = 1, b = 2;
  std::swap(a, b);
  int x[3] = {1, 2, 3}, y[3] = {4, 5, 6};
  std::swap(x, y);
  MoveOnly m1(7), m2(8);
  std::swap(m1, m2);
  int old = std::exchange(a, 9);
  return a * 10000 + old * 1000 + b * 100 + x[2] * 10 + m1.v - 8;
}
static_assert(swap_and_exchange() == 92160);
static_assert(noexcept(std::swap(std::declval<int&>(), std::declval<int&>())));

// [utility.intcmp]
static_assert(std::cmp_less(-1, 0u) && !std::cmp_less(0u, -1) && std::cmp_equal(42u, 42L) && std::cmp_not_equal(-1, 0xFFFFFFFFu));
static_assert(std::cmp_greater(1u, -1) && std::cmp_less_equal(-5, -5LL) && std::cmp_greater_equal(0ull, -1));
static_assert(std::in_range<unsigned char>(255) && !std::in_range<unsigned char>(256) && !std::in_range<unsigned>(-1));
static_assert(std::in_range<signed char>(-128) && !std::in_range<signed char>(-129) && std::in_range<long long>(~0u));
template <class T> concept int_comparable = requires(T t) { std::cmp_equal(t, 0); };
static_assert(!int_comparable<bool> && !int_comparable<char> && !int_comparable<double> && int_comparable<long>);

// [intseq]
static_assert(std::is_same_v<std::make_index_sequence<3>, std::index_sequence<0, 1, 2>>);
static_assert(std::is_same_v<std::make_integer_sequence<int, 0>, std::integer_sequence<int>>);
static_assert(std::index_sequence_for<int, char, long, void>::size() == 4);

// [utility.syn] tags
static_assert(!std::is_convertible_v<int, std::in_place_t> && std::is_default_constructible_v<std::in_place_t>);
static_assert(std::is_same_v<decltype(std::in_place_type<int>), const std::in_place_type_t<int>>);
static_assert(std::is_same_v<decltype(std::in_place_index<2>), const std::in_place_index_t<2>>);

// [pairs]
constexpr std::pair<int, double> p{1, 2.0};
static_assert(p.first == 1 && p.second == 2.0 && std::get<0>(p) == 1 && std::get<double>(p) == 2.0);
static_assert(p == std::pair<int, double>(1, 2.0) && p != std::pair<int, double>(1, 3.0));
static_assert(p < std::pair<int, double>{1, 3.0} && std::pair<int, double>{2, 0.0} > p);
static_assert(std::is_same_v<decltype(std::pair<int, int>{} <=> std::pair<int, int>{}), std::strong_ordering>);
static_assert(std::is_same_v<decltype(p <=> p), std::partial_ordering>);
static_assert(std::is_same_v<decltype(std::pair<OnlyLess, int>{} <=> std::pair<OnlyLess, int>{}), std::weak_ordering>);
static_assert((std::pair<OnlyLess, int>{{1}, 5} <=> std::pair<OnlyLess, int>{{2}, 0}) < 0);
static_assert(std::is_same_v<decltype(std::make_pair(1, 'c')), std::pair<int, char>>);
static_assert(std::is_same_v<decltype(std::pair(1, 2L)), std::pair<int, long>>);
static_assert(std::tuple_size_v<const std::pair<int, char>> == 2);
static_assert(std::is_same_v<std::tuple_element_t<1, const std::pair<int, char>>, const char>);
static_assert(std::is_same_v<decltype(std::get<0>(std::declval<std::pair<int, char>>())), int&&>);
static_assert(std::is_trivially_copy_constructible_v<std::pair<int, char>> && std::is_trivially_destructible_v<std::pair<int, char>>);
static_assert(std::is_convertible_v<std::pair<int, short>, std::pair<long, int>>);
static_assert(std::is_constructible_v<std::pair<Explicit, int>, int, int> && !std::is_convertible_v<std::pair<int, int>, std::pair<Explicit, int>>);
static_assert(!std::is_copy_constructible_v<std::pair<MoveOnly, int>> && std::is_move_constructible_v<std::pair<MoveOnly, int>>);
static_assert(!std::is_copy_assignable_v<std::pair<MoveOnly, int>> && std::is_move_assignable_v<std::pair<MoveOnly, int>>);
static_assert(!std::is_default_constructible_v<std::pair<MoveOnly, int>>);

constexpr int pair_ops() {
  std::pair<int, MoveOnly> a{1, 2}, b{3, 4};
  a.swap(b);
  swap(a, b);
  std::pair<long, MoveOnly> c{0, 0};
  c = std::move(b);
  auto [first, second] = std::pair<int, int>{5, 6};
  return a.first * 1000 + a.second.v * 100 + int(c.first) * 10 + first + second - 11;
}
static_assert(pair_ops() == 1230);
