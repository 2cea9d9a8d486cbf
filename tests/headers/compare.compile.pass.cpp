// ADDITIONAL_COMPILE_FLAGS: -pedantic
// <compare> compiles on its own; built-in and defaulted <=> produce its category types.
#include <compare>

struct Point {
  int x, y;
  auto operator<=>(const Point&) const = default;
};
struct Weak {
  int v;
  constexpr std::weak_ordering operator<=>(const Weak& o) const { return v <=> o.v; }
  constexpr bool operator==(const Weak& o) const { return v == o.v; }
};
struct OnlyLess {
  int v;
  constexpr bool operator==(const OnlyLess&) const = default;
  constexpr bool operator<(const OnlyLess& o) const { return v < o.v; }
};
struct NoCompare {};

// The compilers build these from <=> on scalars and for defaulted operators.
static_assert(std::is_same_v<decltype(1 <=> 2), std::strong_ordering>);
static_assert(std::is_same_v<decltype(1.0 <=> 2.0), std::partial_ordering>);
static_assert(std::is_same_v<decltype(Point{} <=> Point{}), std::strong_ordering>);
static_assert((1 <=> 2) == std::strong_ordering::less && (2 <=> 2) == std::strong_ordering::equal && (3 <=> 2) > 0);
static_assert((Point{1, 2} <=> Point{1, 3}) < 0 && Point{1, 2} < Point{1, 3} && Point{2, 0} >= Point{1, 9});
constexpr double nan = __builtin_nan("");
static_assert((nan <=> 1.0) == std::partial_ordering::unordered && !(nan < 1.0) && !((nan <=> 1.0) == 0));
static_assert(std::is_lt(1 <=> 2) && std::is_gteq(2 <=> 2) && std::is_neq(1.0 <=> 2.0) && !std::is_eq(nan <=> nan));
static_assert((0 <=> (1 <=> 2)) == std::strong_ordering::greater && (0 <=> (nan <=> 1.0)) == std::partial_ordering::unordered);
static_assert(std::strong_ordering::equal == std::strong_ordering::equivalent);
static_assert(std::partial_ordering(std::weak_ordering::less) == std::partial_ordering::less);
static_assert(std::weak_ordering(std::strong_ordering::greater) == std::weak_ordering::greater);

// The comparisons take a literal 0 only.
template <class C> concept compares_with_one = requires(C c) { c < 1; };
static_assert(!compares_with_one<std::strong_ordering>);

// [cmp.common], [cmp.concept], [cmp.result]
static_assert(std::is_same_v<std::common_comparison_category_t<>, std::strong_ordering>);
static_assert(std::is_same_v<std::common_comparison_category_t<std::strong_ordering, std::weak_ordering>, std::weak_ordering>);
static_assert(std::is_same_v<std::common_comparison_category_t<std::strong_ordering, std::partial_ordering>, std::partial_ordering>);
static_assert(std::is_same_v<std::common_comparison_category_t<std::strong_ordering, int>, void>);
static_assert(std::three_way_comparable<int, std::strong_ordering> && !std::three_way_comparable<double, std::strong_ordering>);
static_assert(std::three_way_comparable<Weak, std::weak_ordering> && !std::three_way_comparable<Weak, std::strong_ordering>);
static_assert(!std::three_way_comparable<NoCompare> && !std::three_way_comparable<OnlyLess>);
static_assert(std::three_way_comparable_with<int, long> && !std::three_way_comparable_with<int, NoCompare>);
static_assert(std::is_same_v<std::compare_three_way_result_t<Point>, std::strong_ordering>);
template <class T> concept has_result = requires { typename std::compare_three_way_result<T>::type; };
static_assert(!has_result<NoCompare>);
static_assert(std::compare_three_way{}(1, 2) < 0);
constexpr int arr[2] = {};
static_assert(std::compare_three_way{}(&arr[0], &arr[1]) < 0);

// [cmp.alg]
static_assert(std::strong_order(1, 2) == std::strong_ordering::less);
static_assert(std::strong_order(-0.0, 0.0) < 0 && std::strong_order(1.0f, __builtin_nanf("")) < 0 && std::strong_order(-nan, -1.0) < 0);
static_assert(std::strong_order(nan, nan) == 0);
static_assert(std::weak_order(-0.0, 0.0) == 0 && std::weak_order(nan, 1e300) > 0 && std::weak_order(-nan, -1e300) < 0);
static_assert(std::weak_order(Weak{1}, Weak{2}) < 0 && std::partial_order(1.0, nan) == std::partial_ordering::unordered);
static_assert(std::partial_order(Point{1, 1}, Point{1, 1}) == 0);
static_assert(std::compare_strong_order_fallback(OnlyLess{1}, OnlyLess{2}) == std::strong_ordering::less);
static_assert(std::compare_weak_order_fallback(OnlyLess{3}, OnlyLess{3}) == std::weak_ordering::equivalent);
static_assert(std::compare_partial_order_fallback(OnlyLess{3}, OnlyLess{2}) == std::partial_ordering::greater);
template <class T, class U> concept strong_orderable = requires(T t, U u) { std::strong_order(t, u); };
static_assert(!strong_orderable<int, long> && !strong_orderable<Weak, Weak> && strong_orderable<Point, Point>);
