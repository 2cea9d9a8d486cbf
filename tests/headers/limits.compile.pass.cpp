// ADDITIONAL_COMPILE_FLAGS: -pedantic
#include <limits>

// <limits> alone: std::numeric_limits of every arithmetic type, with the values of
// arm-none-eabi (char and wchar_t unsigned, wchar_t 32-bit, int and long 32-bit, float binary32,
// double and long double binary64), cv-qualified types, and the primary template.

#if !defined(__cpp_lib_char8_t) || __cpp_lib_char8_t != 201907L
#error "<limits> must define __cpp_lib_char8_t as 201907L"
#endif

namespace {
template <class A, class B>
constexpr bool same = false;
template <class A>
constexpr bool same<A, A> = true;

using std::numeric_limits;

// Everything an integer type has in common; min/max/digits/digits10 are checked per type.
template <class T, bool Signed>
constexpr bool integer_like() {
  using L = numeric_limits<T>;
  static_assert(same<decltype(L::min()), T> && same<decltype(L::max()), T>);
  static_assert(same<decltype(L::lowest()), T> && same<decltype(L::epsilon()), T>);
  if constexpr (Signed) {
    if (L::min() != -L::max() - 1) return false;
  } else {
    if (L::min() != 0 || static_cast<T>(L::max() + 1u) != 0) return false;
  }
  return L::is_specialized && L::is_integer && L::is_exact && L::is_bounded &&
         L::is_signed == Signed && L::is_modulo == !Signed && L::radix == 2 &&
         L::lowest() == L::min() && L::max_digits10 == 0 && L::epsilon() == 0 &&
         L::round_error() == 0 && L::min_exponent == 0 && L::min_exponent10 == 0 &&
         L::max_exponent == 0 && L::max_exponent10 == 0 && !L::has_infinity &&
         !L::has_quiet_NaN && !L::has_signaling_NaN && L::has_denorm == std::denorm_absent &&
         !L::has_denorm_loss && L::infinity() == 0 && L::quiet_NaN() == 0 &&
         L::signaling_NaN() == 0 && L::denorm_min() == 0 && !L::is_iec559 && !L::traps &&
         !L::tinyness_before && L::round_style == std::round_toward_zero &&
         L::digits == static_cast<int>(sizeof(T)) * 8 - (Signed ? 1 : 0);
}

static_assert(integer_like<char, false>());  // char is unsigned on Arm
static_assert(integer_like<signed char, true>());
static_assert(integer_like<unsigned char, false>());
static_assert(integer_like<wchar_t, false>());  // unsigned int on arm-none-eabi
static_assert(integer_like<char8_t, false>());
static_assert(integer_like<char16_t, false>());
static_assert(integer_like<char32_t, false>());
static_assert(integer_like<short, true>());
static_assert(integer_like<unsigned short, false>());
static_assert(integer_like<int, true>());
static_assert(integer_like<unsigned int, false>());
static_assert(integer_like<long, true>());
static_assert(integer_like<unsigned long, false>());
static_assert(integer_like<long long, true>());
static_assert(integer_like<unsigned long long, false>());

static_assert(numeric_limits<char>::min() == 0 && numeric_limits<char>::max() == 255);
static_assert(numeric_limits<char>::digits == 8 && numeric_limits<char>::digits10 == 2);
static_assert(numeric_limits<signed char>::min() == -128 && numeric_limits<signed char>::max() == 127);
static_assert(numeric_limits<signed char>::digits == 7 && numeric_limits<signed char>::digits10 == 2);
static_assert(numeric_limits<unsigned char>::max() == 255);
static_assert(numeric_limits<wchar_t>::max() == 4294967295u && numeric_limits<wchar_t>::digits == 32);
static_assert(numeric_limits<char8_t>::max() == 255 && numeric_limits<char8_t>::digits == 8);
static_assert(numeric_limits<char16_t>::max() == 65535 && numeric_limits<char16_t>::digits10 == 4);
static_assert(numeric_limits<char32_t>::max() == 4294967295u && numeric_limits<char32_t>::digits10 == 9);
static_assert(numeric_limits<short>::min() == -32768 && numeric_limits<short>::max() == 32767);
static_assert(numeric_limits<short>::digits == 15 && numeric_limits<short>::digits10 == 4);
static_assert(numeric_limits<unsigned short>::max() == 65535 && numeric_limits<unsigned short>::digits10 == 4);
static_assert(numeric_limits<int>::min() == -2147483647 - 1 && numeric_limits<int>::max() == 2147483647);
static_assert(numeric_limits<int>::digits == 31 && numeric_limits<int>::digits10 == 9);
static_assert(numeric_limits<unsigned int>::max() == 4294967295u && numeric_limits<unsigned int>::digits10 == 9);
static_assert(numeric_limits<long>::min() == -2147483647L - 1 && numeric_limits<long>::max() == 2147483647L);
static_assert(numeric_limits<long>::digits == 31 && numeric_limits<long>::digits10 == 9);
static_assert(numeric_limits<unsigned long>::max() == 4294967295uL);
static_assert(numeric_limits<long long>::min() == -9223372036854775807LL - 1);
static_assert(numeric_limits<long long>::max() == 9223372036854775807LL);
static_assert(numeric_limits<long long>::digits == 63 && numeric_limits<long long>::digits10 == 18);
static_assert(numeric_limits<unsigned long long>::max() == 18446744073709551615uLL);
static_assert(numeric_limits<unsigned long long>::digits == 64 && numeric_limits<unsigned long long>::digits10 == 19);

// bool
using B = numeric_limits<bool>;
static_assert(B::is_specialized && B::is_integer && B::is_exact && B::is_bounded && !B::is_signed);
static_assert(B::min() == false && B::max() == true && B::lowest() == false);
static_assert(B::digits == 1 && B::digits10 == 0 && B::radix == 2 && !B::is_modulo && !B::traps);
static_assert(same<decltype(B::max()), bool> && B::round_style == std::round_toward_zero);

// Floating point: IEEE 754 binary32 and binary64.
template <class T>
constexpr bool iec559_like() {
  using L = numeric_limits<T>;
  static_assert(same<decltype(L::infinity()), T> && same<decltype(L::denorm_min()), T>);
  constexpr T inf = L::infinity(), qnan = L::quiet_NaN(), snan = L::signaling_NaN();
  return L::is_specialized && !L::is_integer && !L::is_exact && L::is_signed && L::radix == 2 &&
         L::is_iec559 && L::is_bounded && !L::is_modulo && !L::traps &&
         L::has_infinity && L::has_quiet_NaN && L::has_signaling_NaN &&
         L::has_denorm == std::denorm_present && !L::has_denorm_loss &&
         L::round_style == std::round_to_nearest && L::round_error() == T(0.5) &&
         inf > L::max() && -inf < L::lowest() && inf == inf + 1 && qnan != qnan && snan != snan &&
         L::lowest() == -L::max() && L::denorm_min() < L::min() && L::denorm_min() > 0 &&
         L::denorm_min() / 2 == 0 && T(1) + L::epsilon() > T(1) && T(1) + L::epsilon() / 2 == T(1);
}
static_assert(iec559_like<float>());
static_assert(iec559_like<double>());
static_assert(iec559_like<long double>());

using F = numeric_limits<float>;
static_assert(F::digits == 24 && F::digits10 == 6 && F::max_digits10 == 9);
static_assert(F::min_exponent == -125 && F::max_exponent == 128);
static_assert(F::min_exponent10 == -37 && F::max_exponent10 == 38);
static_assert(F::min() == 0x1p-126f && F::max() == 0x1.fffffep+127f && F::lowest() == -0x1.fffffep+127f);
static_assert(F::epsilon() == 0x1p-23f && F::denorm_min() == 0x1p-149f);
using D = numeric_limits<double>;
static_assert(D::digits == 53 && D::digits10 == 15 && D::max_digits10 == 17);
static_assert(D::min_exponent == -1021 && D::max_exponent == 1024);
static_assert(D::min_exponent10 == -307 && D::max_exponent10 == 308);
static_assert(D::min() == 0x1p-1022 && D::max() == 0x1.fffffffffffffp+1023);
static_assert(D::epsilon() == 0x1p-52 && D::denorm_min() == 0x1p-1074);
using LD = numeric_limits<long double>;  // the Arm EABI's long double is binary64
static_assert(LD::digits == 53 && LD::digits10 == 15 && LD::max_digits10 == 17);
static_assert(LD::min_exponent == -1021 && LD::max_exponent == 1024);
static_assert(LD::max() == 0x1.fffffffffffffp+1023L && LD::epsilon() == 0x1p-52L);

// cv-qualified types have the limits of the type.
static_assert(numeric_limits<const int>::is_specialized && numeric_limits<const int>::max() == 2147483647);
static_assert(numeric_limits<volatile char>::max() == 255 && !numeric_limits<volatile char>::is_signed);
static_assert(numeric_limits<const volatile float>::epsilon() == 0x1p-23f);
static_assert(numeric_limits<const bool>::digits == 1);

// The primary template: not specialised, and value-initialised values.
struct not_arithmetic {
  int value = 7;
};
static_assert(!numeric_limits<not_arithmetic>::is_specialized);
static_assert(numeric_limits<not_arithmetic>::max().value == 7);
static_assert(!numeric_limits<int*>::is_specialized && numeric_limits<int*>::max() == nullptr);
static_assert(!numeric_limits<const not_arithmetic>::is_specialized);

static_assert(std::round_indeterminate == -1 && std::round_toward_zero == 0 && std::round_to_nearest == 1 &&
              std::round_toward_infinity == 2 && std::round_toward_neg_infinity == 3);
static_assert(std::denorm_indeterminate == -1 && std::denorm_absent == 0 && std::denorm_present == 1);
static_assert(noexcept(numeric_limits<int>::max()) && noexcept(numeric_limits<float>::quiet_NaN()));
}  // namespace
