// ADDITIONAL_COMPILE_FLAGS: -pedantic
// <concepts> compiles on its own; the concepts accept and reject what the standard says.
#include <concepts>
#include <compare>  // for the defaulted operator<=> below

struct Base {};
struct Derived : Base {};
struct Private : private Base {};
struct MoveOnly {
  MoveOnly() = default;
  MoveOnly(MoveOnly&&) = default;
  MoveOnly& operator=(MoveOnly&&) = default;
};
struct NoDefault { NoDefault(int); };
struct Eq { bool operator==(const Eq&) const = default; };
struct Ordered { int v; auto operator<=>(const Ordered&) const = default; };
namespace user {
struct Swapped { int v; };
constexpr void swap(Swapped& a, Swapped& b) noexcept { a.v += 100; b.v += 100; }
}  // namespace user
struct Less { bool operator()(int a, int b) const { return a < b; } };

static_assert(std::same_as<int, int> && !std::same_as<int, const int>);
static_assert(std::derived_from<Derived, Base> && !std::derived_from<Private, Base> && !std::derived_from<int, int>);
static_assert(std::convertible_to<Derived*, Base*> && !std::convertible_to<Base*, Derived*>);
static_assert(std::common_reference_with<int&, const int&> && std::common_with<int, long>);
static_assert(std::integral<bool> && std::signed_integral<int> && std::unsigned_integral<unsigned char> && !std::signed_integral<float>);
static_assert(std::floating_point<double> && !std::floating_point<int>);
static_assert(std::assignable_from<int&, long> && !std::assignable_from<int, int>);
static_assert(std::destructible<int&> && !std::destructible<void>);
static_assert(std::constructible_from<NoDefault, int> && !std::default_initializable<NoDefault>);
static_assert(std::default_initializable<int> && !std::default_initializable<const int> && !std::default_initializable<int&>);
static_assert(std::move_constructible<MoveOnly> && !std::copy_constructible<MoveOnly> && std::copy_constructible<int>);
static_assert(std::swappable<int> && std::swappable<MoveOnly[2]> && std::swappable<user::Swapped> && !std::swappable<const int>);
static_assert(std::swappable_with<int&, int&> && !std::swappable_with<int&, long&>);
static_assert(std::equality_comparable<Eq> && !std::equality_comparable<Base> && std::equality_comparable_with<int, long>);
static_assert(std::totally_ordered<Ordered> && !std::totally_ordered<Eq> && std::totally_ordered_with<int, double>);
static_assert(std::movable<MoveOnly> && !std::copyable<MoveOnly> && std::copyable<int>);
static_assert(std::semiregular<Eq> && !std::semiregular<NoDefault> && std::regular<Eq> && !std::regular<Base>);
static_assert(std::invocable<int (*)(int), char> && !std::invocable<int (*)(int)> && std::invocable<int Base::*, Derived&>);
static_assert(std::predicate<Less, int, int> && std::relation<Less, int, long> && std::strict_weak_order<Less, int, int>);
static_assert(std::equivalence_relation<Less, int, int> && !std::predicate<void (*)(int), int>);

// ranges::swap: the ADL overload, arrays element by element, and the move fallback.
constexpr int ranges_swap() {
  int a = 1, b = 2;
  std::ranges::swap(a, b);
  user::Swapped s[2] = {{1}, {2}}, t[2] = {{3}, {4}};
  std::ranges::swap(s, t);  // each element through user::swap
  return a * 1000 + b * 100 + s[0].v + t[1].v;
}
static_assert(ranges_swap() == 2100 + 103 + 102);
static_assert(noexcept(std::ranges::swap(std::declval<int&>(), std::declval<int&>())));
