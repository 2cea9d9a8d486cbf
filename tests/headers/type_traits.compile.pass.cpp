// ADDITIONAL_COMPILE_FLAGS: -pedantic
// <type_traits> compiles on its own and its traits give the standard's answers.
#include <type_traits>

struct Empty {};
struct Poly { virtual ~Poly() = default; };
struct Abstract { virtual void f() = 0; };
struct Final final {};
struct Derived : Empty {};
struct NoDtor { ~NoDtor() = delete; };
struct Throwing { Throwing(int) noexcept(false); Throwing(const Throwing&) noexcept(false); };
struct Padded { char c; int i; };
struct Agg { int a; double b; };
union U { int i; float f; };
enum E : unsigned char { e0 };
enum class SE : long long { a };
struct Callable { int operator()(int) const noexcept; };
struct Members { int m; long f(int) const; };

// [meta.unary.cat] and [meta.unary.comp]
static_assert(std::is_void_v<const void> && !std::is_void_v<void*>);
static_assert(std::is_null_pointer_v<decltype(nullptr)> && !std::is_pointer_v<decltype(nullptr)>);
static_assert(std::is_integral_v<const bool> && std::is_integral_v<char8_t> && !std::is_integral_v<E>);
static_assert(std::is_floating_point_v<volatile long double> && !std::is_floating_point_v<int>);
static_assert(std::is_array_v<int[]> && std::is_array_v<int[2][3]> && !std::is_array_v<int*>);
static_assert(std::is_pointer_v<int* const> && !std::is_pointer_v<int Members::*>);
static_assert(std::is_lvalue_reference_v<int&> && std::is_rvalue_reference_v<int&&> && !std::is_reference_v<int>);
static_assert(std::is_member_object_pointer_v<int Members::*> && !std::is_member_object_pointer_v<long (Members::*)(int) const>);
static_assert(std::is_member_function_pointer_v<long (Members::*)(int) const>);
static_assert(std::is_enum_v<SE> && std::is_union_v<U> && std::is_class_v<Empty> && !std::is_class_v<U>);
static_assert(std::is_function_v<int(int) const&> && std::is_function_v<void() noexcept> && !std::is_function_v<int (*)()>);
static_assert(std::is_scalar_v<E> && std::is_scalar_v<decltype(nullptr)> && !std::is_scalar_v<Empty>);
static_assert(std::is_object_v<int[]> && !std::is_object_v<int&> && !std::is_object_v<void()>);
static_assert(std::is_fundamental_v<decltype(nullptr)> && std::is_compound_v<int*> && std::is_member_pointer_v<int Members::*>);

// [meta.unary.prop]
static_assert(std::is_const_v<const int> && !std::is_const_v<const int&> && std::is_volatile_v<volatile int[2]>);
static_assert(std::is_trivial_v<Agg> && !std::is_trivial_v<Poly> && std::is_trivially_copyable_v<Padded>);
static_assert(std::is_standard_layout_v<Agg> && std::is_empty_v<Empty> && std::is_polymorphic_v<Poly>);
static_assert(std::is_abstract_v<Abstract> && std::is_final_v<Final> && std::is_aggregate_v<Agg> && std::is_aggregate_v<int[3]>);
static_assert(std::is_signed_v<int> && !std::is_signed_v<unsigned> && std::is_signed_v<float> && !std::is_signed_v<E>);
static_assert(std::is_unsigned_v<bool> && !std::is_unsigned_v<Empty>);
static_assert(std::is_bounded_array_v<int[3]> && !std::is_bounded_array_v<int[]> && std::is_unbounded_array_v<int[]>);
static_assert(std::is_constructible_v<Throwing, int> && !std::is_nothrow_constructible_v<Throwing, int>);
static_assert(!std::is_default_constructible_v<Throwing> && std::is_default_constructible_v<int[3]>);
static_assert(std::is_copy_constructible_v<Agg> && !std::is_copy_constructible_v<void> && std::is_move_constructible_v<int&>);
static_assert(std::is_assignable_v<int&, long> && !std::is_assignable_v<int, int> && std::is_copy_assignable_v<Agg>);
static_assert(std::is_trivially_constructible_v<Agg> && std::is_trivially_copy_constructible_v<Padded>);
static_assert(!std::is_trivially_copy_constructible_v<Throwing> && std::is_trivially_move_assignable_v<Agg>);
static_assert(std::is_nothrow_move_constructible_v<Agg> && !std::is_nothrow_copy_constructible_v<Throwing>);
static_assert(std::is_nothrow_copy_assignable_v<int> && !std::is_nothrow_assignable_v<int, int>);
static_assert(std::is_destructible_v<int&> && std::is_destructible_v<int[2]> && !std::is_destructible_v<int[]>);
static_assert(!std::is_destructible_v<void> && !std::is_destructible_v<int()> && !std::is_destructible_v<NoDtor>);
static_assert(std::is_nothrow_destructible_v<Agg> && !std::is_nothrow_destructible_v<NoDtor>);
static_assert(std::is_trivially_destructible_v<Agg> && !std::is_trivially_destructible_v<Poly> &&
              std::is_trivially_destructible_v<int&>);
static_assert(std::is_swappable_v<int> && std::is_swappable_v<Agg[2]> && !std::is_swappable_v<const int>);
static_assert(std::is_nothrow_swappable_v<int> && !std::is_nothrow_swappable_v<Throwing>);
static_assert(std::is_swappable_with_v<int&, int&> && !std::is_swappable_with_v<int&, long&>);
static_assert(std::has_virtual_destructor_v<Poly> && !std::has_virtual_destructor_v<Empty>);
static_assert(std::has_unique_object_representations_v<int> && !std::has_unique_object_representations_v<Padded> &&
              !std::has_unique_object_representations_v<float>);

// [meta.unary.prop.query]
static_assert(std::alignment_of_v<double> == alignof(double) && std::rank_v<int[2][3][4]> == 3);
static_assert(std::extent_v<int[2][3], 1> == 3 && std::extent_v<int[]> == 0 && std::extent_v<int[2], 1> == 0);

// [meta.rel]
static_assert(std::is_same_v<int, signed> && !std::is_same_v<int, const int>);
static_assert(std::is_base_of_v<Empty, Derived> && std::is_base_of_v<Empty, Empty> && !std::is_base_of_v<int, int>);
static_assert(std::is_convertible_v<Derived*, Empty*> && !std::is_convertible_v<Empty*, Derived*>);
static_assert(std::is_convertible_v<void, const void> && !std::is_convertible_v<int, void> &&
              !std::is_convertible_v<int[2], int[2]> && !std::is_convertible_v<int, Throwing&>);
static_assert(std::is_nothrow_convertible_v<int, long> && !std::is_nothrow_convertible_v<int, Throwing> &&
              std::is_convertible_v<int, Throwing>);
static_assert(std::is_invocable_v<Callable, int> && !std::is_invocable_v<Callable> && std::is_invocable_r_v<long, Callable, char>);
static_assert(std::is_invocable_r_v<void, Callable, int> && !std::is_invocable_r_v<Empty, Callable, int>);
static_assert(std::is_nothrow_invocable_v<Callable, int> && !std::is_nothrow_invocable_v<long (Members::*)(int) const, Members&, int>);
static_assert(std::is_invocable_v<long (Members::*)(int) const, const Members*, int>);
static_assert(std::is_same_v<std::invoke_result_t<int Members::*, Members&&>, int&&>);
static_assert(std::is_same_v<std::invoke_result_t<int Members::*, const Members*>, const int&>);

// [meta.trans]
static_assert(std::is_same_v<std::remove_cvref_t<const volatile int&>, int> && std::is_same_v<std::remove_cv_t<const int*>, const int*>);
static_assert(std::is_same_v<std::add_lvalue_reference_t<void>, void> && std::is_same_v<std::add_rvalue_reference_t<int&>, int&>);
static_assert(std::is_same_v<std::add_pointer_t<int&>, int*> && std::is_same_v<std::remove_pointer_t<int* const>, int>);
static_assert(std::is_same_v<std::add_cv_t<int>, const volatile int> && std::is_same_v<std::remove_all_extents_t<int[1][2]>, int>);
static_assert(std::is_same_v<std::make_signed_t<const unsigned long>, const long> && std::is_same_v<std::make_signed_t<char>, signed char>);
static_assert(std::is_same_v<std::make_unsigned_t<E>, unsigned char> && std::is_same_v<std::make_unsigned_t<volatile SE>, volatile unsigned long long>);
static_assert(std::is_same_v<std::make_unsigned_t<char32_t>, unsigned int> && std::is_same_v<std::make_signed_t<wchar_t>, int>);
static_assert(std::is_same_v<std::decay_t<const int(&)[3]>, const int*> && std::is_same_v<std::decay_t<int(int)>, int (*)(int)>);
static_assert(std::is_same_v<std::enable_if_t<true, int>, int> && std::is_same_v<std::conditional_t<false, int, long>, long>);
static_assert(std::is_same_v<std::common_type_t<int, long, char>, long> && std::is_same_v<std::common_type_t<const int&>, int>);
static_assert(std::is_same_v<std::common_type_t<Derived*, Empty*>, Empty*> && std::is_same_v<std::common_type_t<void, void>, void>);
static_assert(std::is_same_v<std::common_reference_t<int&, const int&>, const int&>);
static_assert(std::is_same_v<std::common_reference_t<int&&, int&&>, int&&> && std::is_same_v<std::common_reference_t<int&&, const int&>, const int&>);
static_assert(std::is_same_v<std::common_reference_t<Derived&, Empty&>, Empty&> && std::is_same_v<std::common_reference_t<int, long&>, long>);
template <class T> concept has_common = requires { typename std::common_type<T, Empty>::type; };
static_assert(!has_common<int>);
static_assert(std::is_same_v<std::underlying_type_t<E>, unsigned char> && std::is_same_v<std::underlying_type_t<SE>, long long>);
template <class T> concept has_underlying = requires { typename std::underlying_type<T>::type; };
static_assert(!has_underlying<int>);
static_assert(std::is_same_v<std::type_identity_t<int>, int> && std::is_same_v<std::void_t<int, long>, void>);
static_assert(sizeof(std::aligned_storage_t<12, 8>) == 16 && alignof(std::aligned_storage_t<12, 8>) == 8);
static_assert(sizeof(std::aligned_union_t<1, char, double>) >= sizeof(double) && std::aligned_union<1, int, short>::alignment_value == alignof(int));
static_assert(std::is_same_v<std::unwrap_ref_decay_t<const int&>, int>);

// [meta.logical], [meta.const.eval]
static_assert(std::conjunction_v<> && std::conjunction_v<std::true_type, std::is_integral<int>>);
static_assert(!std::disjunction_v<> && std::disjunction_v<std::false_type, std::true_type, void>);  // short circuit
static_assert(std::negation_v<std::false_type> && std::bool_constant<true>{}() && std::integral_constant<int, 3>::value == 3);
constexpr bool in_constant_evaluation() { return std::is_constant_evaluated(); }
static_assert(in_constant_evaluation());
