// ADDITIONAL_COMPILE_FLAGS: -pedantic
#include <climits>

// <climits> alone: the C <limits.h> macros, with the values of arm-none-eabi (char is
// unsigned, int and long are 32-bit, long long 64-bit).

static_assert(CHAR_BIT == 8);
static_assert(CHAR_MIN == 0 && CHAR_MAX == 255);
static_assert(SCHAR_MIN == -128 && SCHAR_MAX == 127 && UCHAR_MAX == 255);
static_assert(SHRT_MIN == -32768 && SHRT_MAX == 32767 && USHRT_MAX == 65535);
static_assert(INT_MIN == -2147483647 - 1 && INT_MAX == 2147483647 && UINT_MAX == 4294967295u);
static_assert(LONG_MIN == -2147483647L - 1 && LONG_MAX == 2147483647L && ULONG_MAX == 4294967295uL);
static_assert(LLONG_MIN == -9223372036854775807LL - 1 && LLONG_MAX == 9223372036854775807LL);
static_assert(ULLONG_MAX == 18446744073709551615uLL);
static_assert(MB_LEN_MAX >= 1);
// The macros have the promoted types of their types ([climits.syn] via C's 5.2.4.2.1).
static_assert(sizeof(LONG_MAX) == sizeof(long) && sizeof(ULLONG_MAX) == sizeof(unsigned long long));
