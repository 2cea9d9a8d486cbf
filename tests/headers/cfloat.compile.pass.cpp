// ADDITIONAL_COMPILE_FLAGS: -pedantic
#include <cfloat>

// <cfloat> alone: the C <float.h> macros; float is IEEE binary32, double and (on the Arm EABI)
// long double IEEE binary64.

static_assert(FLT_RADIX == 2);
static_assert(FLT_MANT_DIG == 24 && DBL_MANT_DIG == 53 && LDBL_MANT_DIG == 53);
static_assert(FLT_DIG == 6 && DBL_DIG == 15 && LDBL_DIG == 15);
static_assert(FLT_DECIMAL_DIG == 9 && DBL_DECIMAL_DIG == 17 && DECIMAL_DIG == 17);
static_assert(FLT_MIN_EXP == -125 && FLT_MAX_EXP == 128);
static_assert(DBL_MIN_EXP == -1021 && DBL_MAX_EXP == 1024);
static_assert(FLT_MIN_10_EXP == -37 && FLT_MAX_10_EXP == 38);
static_assert(DBL_MIN_10_EXP == -307 && DBL_MAX_10_EXP == 308);
static_assert(FLT_EPSILON == 0x1p-23f && DBL_EPSILON == 0x1p-52 && LDBL_EPSILON == 0x1p-52L);
static_assert(FLT_MIN == 0x1p-126f && DBL_MIN == 0x1p-1022);
static_assert(FLT_MAX == 0x1.fffffep+127f && DBL_MAX == 0x1.fffffffffffffp+1023);
static_assert(FLT_TRUE_MIN == 0x1p-149f && DBL_TRUE_MIN == 0x1p-1074);
static_assert(FLT_EVAL_METHOD == 0);
