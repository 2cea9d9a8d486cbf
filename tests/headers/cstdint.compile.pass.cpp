// ADDITIONAL_COMPILE_FLAGS: -pedantic
#include <cstdint>

// <cstdint> alone: the std:: typedefs are the C <stdint.h> ones, with the widths and
// signedness [cstdint.syn] requires, and the C macros are there.

namespace {
template <class A, class B>
constexpr bool same = false;
template <class A>
constexpr bool same<A, A> = true;

template <class T>
constexpr bool is_signed = T(-1) < T(0);
template <class T, int Bytes, bool Signed>
constexpr bool exact = sizeof(T) == Bytes && is_signed<T> == Signed;
template <class T, int Bytes, bool Signed>
constexpr bool at_least = sizeof(T) >= Bytes && is_signed<T> == Signed;
}  // namespace

static_assert(same<std::int8_t, ::int8_t> && same<std::uint64_t, ::uint64_t>);
static_assert(same<std::intptr_t, ::intptr_t> && same<std::uintmax_t, ::uintmax_t>);
static_assert(same<std::int_fast16_t, ::int_fast16_t> && same<std::uint_least32_t, ::uint_least32_t>);

static_assert(exact<std::int8_t, 1, true> && exact<std::uint8_t, 1, false>);
static_assert(exact<std::int16_t, 2, true> && exact<std::uint16_t, 2, false>);
static_assert(exact<std::int32_t, 4, true> && exact<std::uint32_t, 4, false>);
static_assert(exact<std::int64_t, 8, true> && exact<std::uint64_t, 8, false>);
static_assert(exact<std::intmax_t, 8, true> && exact<std::uintmax_t, 8, false>);
static_assert(exact<std::intptr_t, sizeof(void*), true> && exact<std::uintptr_t, sizeof(void*), false>);

static_assert(at_least<std::int_least8_t, 1, true> && at_least<std::uint_least8_t, 1, false>);
static_assert(at_least<std::int_least16_t, 2, true> && at_least<std::uint_least16_t, 2, false>);
static_assert(at_least<std::int_least32_t, 4, true> && at_least<std::uint_least32_t, 4, false>);
static_assert(at_least<std::int_least64_t, 8, true> && at_least<std::uint_least64_t, 8, false>);
static_assert(at_least<std::int_fast8_t, 1, true> && at_least<std::uint_fast8_t, 1, false>);
static_assert(at_least<std::int_fast16_t, 2, true> && at_least<std::uint_fast16_t, 2, false>);
static_assert(at_least<std::int_fast32_t, 4, true> && at_least<std::uint_fast32_t, 4, false>);
static_assert(at_least<std::int_fast64_t, 8, true> && at_least<std::uint_fast64_t, 8, false>);

// The macros of <stdint.h>.
static_assert(INT8_MIN == -128 && INT8_MAX == 127 && UINT8_MAX == 255);
static_assert(INT16_MIN == -32768 && INT16_MAX == 32767 && UINT16_MAX == 65535);
static_assert(INT32_MAX == 2147483647 && INT32_MIN == -2147483647 - 1 && UINT32_MAX == 4294967295u);
static_assert(INT64_MAX == 9223372036854775807LL && UINT64_MAX == 18446744073709551615ULL);
static_assert(INTPTR_MAX == INT32_MAX && UINTPTR_MAX == UINT32_MAX && SIZE_MAX == UINT32_MAX);
static_assert(INTMAX_MAX == INT64_MAX && PTRDIFF_MAX == INT32_MAX);
static_assert(INT64_C(1) << 40 == 1099511627776LL && UINT32_C(0xFFFFFFFF) == 4294967295u);
static_assert(same<decltype(INTMAX_C(0)), std::intmax_t> && same<decltype(UINTMAX_C(0)), std::uintmax_t>);
