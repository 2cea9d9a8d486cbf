// ADDITIONAL_COMPILE_FLAGS: -pedantic
#include <cstddef>

// <cstddef> alone: the [support.types] typedefs, max_align_t, NULL/offsetof, std::byte and
// its operators in constant expressions, and their constraint to integral types.

namespace {
template <class A, class B>
constexpr bool same = false;
template <class A>
constexpr bool same<A, A> = true;
}  // namespace

#if !defined(__cpp_lib_byte) || __cpp_lib_byte != 201603L
#error "<cstddef> must define __cpp_lib_byte as 201603L"
#endif
#ifndef NULL
#error "<cstddef> must define NULL"
#endif
#ifndef offsetof
#error "<cstddef> must define offsetof"
#endif

static_assert(same<std::size_t, decltype(sizeof(0))>);
static_assert(same<std::size_t, ::size_t>);
static_assert(same<std::ptrdiff_t, ::ptrdiff_t>);
static_assert(same<std::nullptr_t, decltype(nullptr)>);
static_assert(sizeof(std::size_t) == 4 && sizeof(std::ptrdiff_t) == 4);
static_assert(std::ptrdiff_t(-1) < 0 && std::size_t(-1) > 0);

// AAPCS: the most aligned scalar types (long long, double) align to 8.
static_assert(alignof(std::max_align_t) == 8);
static_assert(sizeof(std::max_align_t) == 16);

struct record {
  char tag;
  int value;
  double when;
};
static_assert(offsetof(record, value) == 4);
static_assert(offsetof(record, when) == 8);
constexpr int* null_pointer = NULL;
static_assert(null_pointer == nullptr);

// [support.types.byteops]
static_assert(sizeof(std::byte) == 1);
static_assert(same<decltype(std::byte{} << 1), std::byte>);
std::byte& some_byte();
static_assert(same<decltype(some_byte() <<= 1), std::byte&> && same<decltype(some_byte() |= std::byte{}), std::byte&>);

constexpr std::byte shifted_and_masked() {
  std::byte b{0x5A};
  b <<= 1;                                  // 0xB4: bits shifted out of 8 are gone
  b >>= static_cast<unsigned char>(2);      // 0x2D
  b |= std::byte{0x80};                     // 0xAD
  b &= std::byte{0xF7};                     // 0xA5
  b ^= std::byte{0xFF};                     // 0x5A
  return b;
}
static_assert(shifted_and_masked() == std::byte{0x5A});
static_assert((std::byte{0x81} << 1) == std::byte{0x02});
static_assert((std::byte{0x81} >> 7L) == std::byte{0x01});
static_assert((std::byte{0x0F} | std::byte{0xF0}) == std::byte{0xFF});
static_assert((std::byte{0x3C} & std::byte{0x0F}) == std::byte{0x0C});
static_assert((std::byte{0x3C} ^ std::byte{0xFF}) == std::byte{0xC3});
static_assert(~std::byte{0x0F} == std::byte{0xF0});
static_assert(std::to_integer<int>(std::byte{0x80}) == 128);
static_assert(std::to_integer<unsigned long long>(std::byte{0xFF}) == 255);
static_assert(std::to_integer<bool>(std::byte{1}));
static_assert(noexcept(std::byte{} << 1) && noexcept(~std::byte{}) && noexcept(std::to_integer<int>(std::byte{})));

// The shift operators and to_integer take integral types only.
template <class T>
concept shiftable_by = requires(std::byte b, T n) { b << n; b >>= n; };
template <class T>
concept convertible_to_integer = requires(std::byte b) { std::to_integer<T>(b); };
static_assert(shiftable_by<int> && shiftable_by<char> && shiftable_by<unsigned long long>);
static_assert(shiftable_by<bool> && shiftable_by<char8_t> && shiftable_by<wchar_t>);
static_assert(!shiftable_by<float> && !shiftable_by<double> && !shiftable_by<std::byte>);
static_assert(!shiftable_by<int*> && !shiftable_by<record>);
static_assert(convertible_to_integer<int> && convertible_to_integer<const long>);
static_assert(!convertible_to_integer<float> && !convertible_to_integer<std::byte> && !convertible_to_integer<int*>);
