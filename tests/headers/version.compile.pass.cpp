// ADDITIONAL_COMPILE_FLAGS: -pedantic
#include <version>

// <version> alone: the feature-test macros of what libcore provides have their C++20 values,
// and facilities libcore does not provide have none.

#define EXPECT(macro, value) static_assert(macro == value, #macro " must be " #value);

EXPECT(__cpp_lib_coroutine, 201902L)
EXPECT(__cpp_lib_byte, 201603L)
EXPECT(__cpp_lib_launder, 201606L)
EXPECT(__cpp_lib_hardware_interference_size, 201703L)
EXPECT(__cpp_lib_destroying_delete, 201806L)
EXPECT(__cpp_lib_uncaught_exceptions, 201411L)
EXPECT(__cpp_lib_source_location, 201907L)
EXPECT(__cpp_lib_char8_t, 201907L)
EXPECT(__cpp_lib_concepts, 202002L)
EXPECT(__cpp_lib_three_way_comparison, 201907L)
EXPECT(__cpp_lib_bit_cast, 201806L)
EXPECT(__cpp_lib_bitops, 201907L)
EXPECT(__cpp_lib_endian, 201907L)
EXPECT(__cpp_lib_int_pow2, 202002L)
EXPECT(__cpp_lib_atomic_flag_test, 201907L)
EXPECT(__cpp_lib_atomic_ref, 201806L)
EXPECT(__cpp_lib_atomic_is_always_lock_free, 201603L)
EXPECT(__cpp_lib_is_constant_evaluated, 201811L)
EXPECT(__cpp_lib_remove_cvref, 201711L)
EXPECT(__cpp_lib_type_identity, 201806L)
EXPECT(__cpp_lib_bounded_array_traits, 201902L)
EXPECT(__cpp_lib_integer_comparison_functions, 202002L)
EXPECT(__cpp_lib_constexpr_utility, 201811L)

// The traits that need compiler builtins: only GCC 12 has all of them.
#if defined(__GNUC__) && !defined(__clang__)
EXPECT(__cpp_lib_is_layout_compatible, 201907L)
EXPECT(__cpp_lib_is_pointer_interconvertible, 201907L)
#else
#if defined(__cpp_lib_is_layout_compatible) || defined(__cpp_lib_is_pointer_interconvertible)
#error "clang 14 and 19 lack __builtin_is_corresponding_member and friends"
#endif
#endif

// Not in libcore: no macro.
#if defined(__cpp_lib_string_view) || defined(__cpp_lib_ranges) || defined(__cpp_lib_span) || \
    defined(__cpp_lib_format) || defined(__cpp_lib_chrono) || defined(__cpp_lib_optional) ||  \
    defined(__cpp_lib_memory_resource) || defined(__cpp_lib_result_of_sfinae) || defined(__cpp_lib_jthread) || defined(__cpp_lib_array_constexpr)
#error "<version> must not announce facilities libcore does not provide"
#endif
