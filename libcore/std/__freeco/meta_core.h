// -*- C++ -*-
// Internal to freeco's <type_traits> and <compare>: the part of [meta] that both need, so that
// <compare> stays independent of <type_traits>. Users include <type_traits>, not this file.
// Holds: [meta.help], [meta.unary.cat], [meta.unary.comp], the cv/ref/pointer/array
// transformations, is_same/is_convertible, declval, decay, common_type and common_reference.
#ifndef _FREECO___FREECO_META_CORE_H
#define _FREECO___FREECO_META_CORE_H

namespace std {

using __freeco_size_t = decltype(sizeof 0);

// [meta.help]
template <class _Tp, _Tp __v>
struct integral_constant {
  static constexpr _Tp value = __v;
  using value_type = _Tp;
  using type = integral_constant;
  constexpr operator value_type() const noexcept { return value; }
  constexpr value_type operator()() const noexcept { return value; }
};
template <bool __b>
using bool_constant = integral_constant<bool, __b>;
using true_type = bool_constant<true>;
using false_type = bool_constant<false>;

// [meta.trans.other] (the selection helpers the rest of this file builds on)
template <bool, class _Tp = void>
struct enable_if {};
template <class _Tp>
struct enable_if<true, _Tp> {
  using type = _Tp;
};
template <bool __b, class _Tp = void>
using enable_if_t = typename enable_if<__b, _Tp>::type;

template <bool __b, class _If, class _Then>
struct conditional {
  using type = _If;
};
template <class _If, class _Then>
struct conditional<false, _If, _Then> {
  using type = _Then;
};
template <bool __b, class _If, class _Then>
using conditional_t = typename conditional<__b, _If, _Then>::type;

template <class _Tp>
struct type_identity {
  using type = _Tp;
};
template <class _Tp>
using type_identity_t = typename type_identity<_Tp>::type;

template <class...>
using void_t = void;

// [meta.rel] is_same
template <class _Tp, class _Up>
struct is_same : bool_constant<__is_same(_Tp, _Up)> {};
template <class _Tp, class _Up>
inline constexpr bool is_same_v = __is_same(_Tp, _Up);

// [meta.trans.cv]
template <class _Tp> struct remove_const { using type = _Tp; };
template <class _Tp> struct remove_const<const _Tp> { using type = _Tp; };
template <class _Tp> struct remove_volatile { using type = _Tp; };
template <class _Tp> struct remove_volatile<volatile _Tp> { using type = _Tp; };
template <class _Tp> struct remove_cv { using type = _Tp; };
template <class _Tp> struct remove_cv<const _Tp> { using type = _Tp; };
template <class _Tp> struct remove_cv<volatile _Tp> { using type = _Tp; };
template <class _Tp> struct remove_cv<const volatile _Tp> { using type = _Tp; };
template <class _Tp> using remove_const_t = typename remove_const<_Tp>::type;
template <class _Tp> using remove_volatile_t = typename remove_volatile<_Tp>::type;
template <class _Tp> using remove_cv_t = typename remove_cv<_Tp>::type;

template <class _Tp> struct add_const { using type = const _Tp; };
template <class _Tp> struct add_volatile { using type = volatile _Tp; };
template <class _Tp> struct add_cv { using type = const volatile _Tp; };
template <class _Tp> using add_const_t = typename add_const<_Tp>::type;
template <class _Tp> using add_volatile_t = typename add_volatile<_Tp>::type;
template <class _Tp> using add_cv_t = typename add_cv<_Tp>::type;

// [meta.trans.ref]
template <class _Tp> struct remove_reference { using type = _Tp; };
template <class _Tp> struct remove_reference<_Tp&> { using type = _Tp; };
template <class _Tp> struct remove_reference<_Tp&&> { using type = _Tp; };
template <class _Tp> using remove_reference_t = typename remove_reference<_Tp>::type;

// Referenceable types get a reference added; void and abominable function types stay as they are.
template <class _Tp, class = void>
struct __add_ref_impl {
  using __lvalue = _Tp;
  using __rvalue = _Tp;
};
template <class _Tp>
struct __add_ref_impl<_Tp, void_t<_Tp&>> {
  using __lvalue = _Tp&;
  using __rvalue = _Tp&&;
};
template <class _Tp> struct add_lvalue_reference { using type = typename __add_ref_impl<_Tp>::__lvalue; };
template <class _Tp> struct add_rvalue_reference { using type = typename __add_ref_impl<_Tp>::__rvalue; };
template <class _Tp> using add_lvalue_reference_t = typename add_lvalue_reference<_Tp>::type;
template <class _Tp> using add_rvalue_reference_t = typename add_rvalue_reference<_Tp>::type;

// [meta.trans.other] remove_cvref
template <class _Tp> struct remove_cvref { using type = remove_cv_t<remove_reference_t<_Tp>>; };
template <class _Tp> using remove_cvref_t = typename remove_cvref<_Tp>::type;

// [declval]
template <class _Tp>
inline constexpr bool __dependent_false = false;
template <class _Tp>
add_rvalue_reference_t<_Tp> declval() noexcept {
  static_assert(__dependent_false<_Tp>, "ERROR(freeco): std::declval may only appear in unevaluated operands");
}

// [meta.trans.ptr]
template <class _Tp> struct remove_pointer { using type = _Tp; };
template <class _Tp> struct remove_pointer<_Tp*> { using type = _Tp; };
template <class _Tp> struct remove_pointer<_Tp* const> { using type = _Tp; };
template <class _Tp> struct remove_pointer<_Tp* volatile> { using type = _Tp; };
template <class _Tp> struct remove_pointer<_Tp* const volatile> { using type = _Tp; };
template <class _Tp> using remove_pointer_t = typename remove_pointer<_Tp>::type;

template <class _Tp, class = void>
struct __add_pointer_impl { using type = _Tp; };
template <class _Tp>
struct __add_pointer_impl<_Tp, void_t<remove_reference_t<_Tp>*>> { using type = remove_reference_t<_Tp>*; };
template <class _Tp> struct add_pointer : __add_pointer_impl<_Tp> {};
template <class _Tp> using add_pointer_t = typename add_pointer<_Tp>::type;

// [meta.trans.arr]
template <class _Tp> struct remove_extent { using type = _Tp; };
template <class _Tp> struct remove_extent<_Tp[]> { using type = _Tp; };
template <class _Tp, __freeco_size_t _Np> struct remove_extent<_Tp[_Np]> { using type = _Tp; };
template <class _Tp> struct remove_all_extents { using type = _Tp; };
template <class _Tp> struct remove_all_extents<_Tp[]> : remove_all_extents<_Tp> {};
template <class _Tp, __freeco_size_t _Np> struct remove_all_extents<_Tp[_Np]> : remove_all_extents<_Tp> {};
template <class _Tp> using remove_extent_t = typename remove_extent<_Tp>::type;
template <class _Tp> using remove_all_extents_t = typename remove_all_extents<_Tp>::type;

// [meta.unary.cat]
template <class _Tp> inline constexpr bool is_void_v = is_same_v<remove_cv_t<_Tp>, void>;
template <class _Tp> struct is_void : bool_constant<is_void_v<_Tp>> {};

template <class _Tp> inline constexpr bool is_null_pointer_v = is_same_v<remove_cv_t<_Tp>, decltype(nullptr)>;
template <class _Tp> struct is_null_pointer : bool_constant<is_null_pointer_v<_Tp>> {};

template <class _Tp> inline constexpr bool __is_integral_unqual = false;
template <> inline constexpr bool __is_integral_unqual<bool> = true;
template <> inline constexpr bool __is_integral_unqual<char> = true;
template <> inline constexpr bool __is_integral_unqual<signed char> = true;
template <> inline constexpr bool __is_integral_unqual<unsigned char> = true;
template <> inline constexpr bool __is_integral_unqual<wchar_t> = true;
#if defined(__cpp_char8_t)
template <> inline constexpr bool __is_integral_unqual<char8_t> = true;
#endif
template <> inline constexpr bool __is_integral_unqual<char16_t> = true;
template <> inline constexpr bool __is_integral_unqual<char32_t> = true;
template <> inline constexpr bool __is_integral_unqual<short> = true;
template <> inline constexpr bool __is_integral_unqual<unsigned short> = true;
template <> inline constexpr bool __is_integral_unqual<int> = true;
template <> inline constexpr bool __is_integral_unqual<unsigned int> = true;
template <> inline constexpr bool __is_integral_unqual<long> = true;
template <> inline constexpr bool __is_integral_unqual<unsigned long> = true;
template <> inline constexpr bool __is_integral_unqual<long long> = true;
template <> inline constexpr bool __is_integral_unqual<unsigned long long> = true;
template <class _Tp> inline constexpr bool is_integral_v = __is_integral_unqual<remove_cv_t<_Tp>>;
template <class _Tp> struct is_integral : bool_constant<is_integral_v<_Tp>> {};

template <class _Tp> inline constexpr bool is_floating_point_v =
    is_same_v<remove_cv_t<_Tp>, float> || is_same_v<remove_cv_t<_Tp>, double> ||
    is_same_v<remove_cv_t<_Tp>, long double>;
template <class _Tp> struct is_floating_point : bool_constant<is_floating_point_v<_Tp>> {};

template <class _Tp> inline constexpr bool is_array_v = false;
template <class _Tp> inline constexpr bool is_array_v<_Tp[]> = true;
template <class _Tp, __freeco_size_t _Np> inline constexpr bool is_array_v<_Tp[_Np]> = true;
template <class _Tp> struct is_array : bool_constant<is_array_v<_Tp>> {};

template <class _Tp> inline constexpr bool __is_pointer_unqual = false;
template <class _Tp> inline constexpr bool __is_pointer_unqual<_Tp*> = true;
template <class _Tp> inline constexpr bool is_pointer_v = __is_pointer_unqual<remove_cv_t<_Tp>>;
template <class _Tp> struct is_pointer : bool_constant<is_pointer_v<_Tp>> {};

template <class _Tp> inline constexpr bool is_lvalue_reference_v = false;
template <class _Tp> inline constexpr bool is_lvalue_reference_v<_Tp&> = true;
template <class _Tp> struct is_lvalue_reference : bool_constant<is_lvalue_reference_v<_Tp>> {};
template <class _Tp> inline constexpr bool is_rvalue_reference_v = false;
template <class _Tp> inline constexpr bool is_rvalue_reference_v<_Tp&&> = true;
template <class _Tp> struct is_rvalue_reference : bool_constant<is_rvalue_reference_v<_Tp>> {};

// [meta.unary.prop] is_const / is_volatile (needed by is_function)
template <class _Tp> inline constexpr bool is_const_v = false;
template <class _Tp> inline constexpr bool is_const_v<const _Tp> = true;
template <class _Tp> struct is_const : bool_constant<is_const_v<_Tp>> {};
template <class _Tp> inline constexpr bool is_volatile_v = false;
template <class _Tp> inline constexpr bool is_volatile_v<volatile _Tp> = true;
template <class _Tp> struct is_volatile : bool_constant<is_volatile_v<_Tp>> {};

// Only function types and references do not become const when const is added.
template <class _Tp> inline constexpr bool is_function_v =
    !is_const_v<const _Tp> && !is_lvalue_reference_v<_Tp> && !is_rvalue_reference_v<_Tp>;
template <class _Tp> struct is_function : bool_constant<is_function_v<_Tp>> {};

template <class _Tp> inline constexpr bool __is_member_ptr_unqual = false;
template <class _Tp, class _Cp> inline constexpr bool __is_member_ptr_unqual<_Tp _Cp::*> = true;
template <class _Tp> inline constexpr bool __is_member_fn_ptr_unqual = false;
template <class _Tp, class _Cp> inline constexpr bool __is_member_fn_ptr_unqual<_Tp _Cp::*> = is_function_v<_Tp>;
template <class _Tp> inline constexpr bool is_member_function_pointer_v = __is_member_fn_ptr_unqual<remove_cv_t<_Tp>>;
template <class _Tp> struct is_member_function_pointer : bool_constant<is_member_function_pointer_v<_Tp>> {};
template <class _Tp> inline constexpr bool is_member_object_pointer_v =
    __is_member_ptr_unqual<remove_cv_t<_Tp>> && !is_member_function_pointer_v<_Tp>;
template <class _Tp> struct is_member_object_pointer : bool_constant<is_member_object_pointer_v<_Tp>> {};

template <class _Tp> inline constexpr bool is_enum_v = __is_enum(_Tp);
template <class _Tp> struct is_enum : bool_constant<__is_enum(_Tp)> {};
template <class _Tp> inline constexpr bool is_union_v = __is_union(_Tp);
template <class _Tp> struct is_union : bool_constant<__is_union(_Tp)> {};
template <class _Tp> inline constexpr bool is_class_v = __is_class(_Tp);
template <class _Tp> struct is_class : bool_constant<__is_class(_Tp)> {};

// [meta.unary.comp]
template <class _Tp> inline constexpr bool is_reference_v = is_lvalue_reference_v<_Tp> || is_rvalue_reference_v<_Tp>;
template <class _Tp> struct is_reference : bool_constant<is_reference_v<_Tp>> {};
template <class _Tp> inline constexpr bool is_arithmetic_v = is_integral_v<_Tp> || is_floating_point_v<_Tp>;
template <class _Tp> struct is_arithmetic : bool_constant<is_arithmetic_v<_Tp>> {};
template <class _Tp> inline constexpr bool is_fundamental_v = is_arithmetic_v<_Tp> || is_void_v<_Tp> || is_null_pointer_v<_Tp>;
template <class _Tp> struct is_fundamental : bool_constant<is_fundamental_v<_Tp>> {};
template <class _Tp> inline constexpr bool is_member_pointer_v = __is_member_ptr_unqual<remove_cv_t<_Tp>>;
template <class _Tp> struct is_member_pointer : bool_constant<is_member_pointer_v<_Tp>> {};
template <class _Tp> inline constexpr bool is_scalar_v = is_arithmetic_v<_Tp> || is_enum_v<_Tp> || is_pointer_v<_Tp> ||
                                                          is_member_pointer_v<_Tp> || is_null_pointer_v<_Tp>;
template <class _Tp> struct is_scalar : bool_constant<is_scalar_v<_Tp>> {};
template <class _Tp> inline constexpr bool is_object_v = !is_function_v<_Tp> && !is_reference_v<_Tp> && !is_void_v<_Tp>;
template <class _Tp> struct is_object : bool_constant<is_object_v<_Tp>> {};
template <class _Tp> inline constexpr bool is_compound_v = !is_fundamental_v<_Tp>;
template <class _Tp> struct is_compound : bool_constant<is_compound_v<_Tp>> {};

// [meta.rel] is_convertible: on the builtin where there is one (clang), else the return-statement
// test of the standard written as a call (GCC 12).
template <class _To>
void __convert_to(_To) noexcept;

#if __has_builtin(__is_convertible)
template <class _From, class _To> inline constexpr bool is_convertible_v = __is_convertible(_From, _To);
#elif __has_builtin(__is_convertible_to)
template <class _From, class _To> inline constexpr bool is_convertible_v = __is_convertible_to(_From, _To);
#else
template <class _From, class _To, class = void>
inline constexpr bool __is_convertible_impl = is_void_v<_From> && is_void_v<_To>;
template <class _From, class _To>
inline constexpr bool __is_convertible_impl<_From, _To, decltype(std::__convert_to<_To>(std::declval<_From>()))> =
    !is_array_v<_To> && !is_function_v<_To>;
template <class _From, class _To> inline constexpr bool is_convertible_v = __is_convertible_impl<_From, _To>;
#endif
template <class _From, class _To> struct is_convertible : bool_constant<is_convertible_v<_From, _To>> {};

// [meta.trans.other] decay
template <class _Up>
struct __decay_impl {
  using type = conditional_t<is_array_v<_Up>, remove_extent_t<_Up>*,
                             conditional_t<is_function_v<_Up>, add_pointer_t<_Up>, remove_cv_t<_Up>>>;
};
template <class _Tp> struct decay : __decay_impl<remove_reference_t<_Tp>> {};
template <class _Tp> using decay_t = typename decay<_Tp>::type;

// [meta.trans.other] common_type
template <class _T1, class _T2>
using __cond_res = decltype(false ? std::declval<_T1 (&)()>()() : std::declval<_T2 (&)()>()());

template <class _T1, class _T2, class = void>
struct __common_type_from_cref {};
template <class _T1, class _T2>
struct __common_type_from_cref<_T1, _T2, void_t<__cond_res<const _T1&, const _T2&>>> {
  using type = decay_t<__cond_res<const _T1&, const _T2&>>;
};
template <class _T1, class _T2, class = void>
struct __common_type_default : __common_type_from_cref<_T1, _T2> {};
template <class _T1, class _T2>
struct __common_type_default<_T1, _T2, void_t<decltype(false ? std::declval<_T1>() : std::declval<_T2>())>> {
  using type = decay_t<decltype(false ? std::declval<_T1>() : std::declval<_T2>())>;
};

template <class... _Tp>
struct common_type {};
template <class... _Tp>
using common_type_t = typename common_type<_Tp...>::type;

template <class _Tp>
struct common_type<_Tp> : common_type<_Tp, _Tp> {};
template <class _T1, class _T2>
struct common_type<_T1, _T2>
    : conditional_t<is_same_v<_T1, decay_t<_T1>> && is_same_v<_T2, decay_t<_T2>>, __common_type_default<_T1, _T2>,
                    common_type<decay_t<_T1>, decay_t<_T2>>> {};

template <class _Void, class _T1, class _T2, class... _Rest>
struct __common_type_fold {};
template <class _T1, class _T2, class... _Rest>
struct __common_type_fold<void_t<common_type_t<_T1, _T2>>, _T1, _T2, _Rest...>
    : common_type<common_type_t<_T1, _T2>, _Rest...> {};
template <class _T1, class _T2, class _T3, class... _Rest>
struct common_type<_T1, _T2, _T3, _Rest...> : __common_type_fold<void, _T1, _T2, _T3, _Rest...> {};

// [meta.trans.other] common_reference
// __copy_cv_t<_From, _To>: _To with the top-level cv-qualifiers of _From (COPYCV).
template <class _From> struct __copy_cv { template <class _To> using __apply = _To; };
template <class _From> struct __copy_cv<const _From> { template <class _To> using __apply = const _To; };
template <class _From> struct __copy_cv<volatile _From> { template <class _To> using __apply = volatile _To; };
template <class _From> struct __copy_cv<const volatile _From> { template <class _To> using __apply = const volatile _To; };
template <class _From, class _To> using __copy_cv_t = typename __copy_cv<_From>::template __apply<_To>;

// XREF(_Tp): applies the cv and reference qualifiers of _Tp to its argument.
template <class _Tp> struct __xref { template <class _Up> using __apply = __copy_cv_t<_Tp, _Up>; };
template <class _Tp> struct __xref<_Tp&> { template <class _Up> using __apply = add_lvalue_reference_t<__copy_cv_t<_Tp, _Up>>; };
template <class _Tp> struct __xref<_Tp&&> { template <class _Up> using __apply = add_rvalue_reference_t<__copy_cv_t<_Tp, _Up>>; };

// COMMON-REF(_Ap, _Bp); no member __type when it is ill-formed.
template <class _Ap, class _Bp, class = void>
struct __common_ref {};
template <class _Xp, class _Yp>
struct __common_ref<_Xp&, _Yp&, enable_if_t<is_lvalue_reference_v<__cond_res<__copy_cv_t<_Xp, _Yp>&, __copy_cv_t<_Yp, _Xp>&>>>> {
  using __type = __cond_res<__copy_cv_t<_Xp, _Yp>&, __copy_cv_t<_Yp, _Xp>&>;
};
template <class _Xp, class _Yp>
using __common_ref_rr = remove_reference_t<typename __common_ref<_Xp&, _Yp&>::__type>&&;
template <class _Xp, class _Yp>
struct __common_ref<_Xp&&, _Yp&&, enable_if_t<is_convertible_v<_Xp&&, __common_ref_rr<_Xp, _Yp>> &&
                                               is_convertible_v<_Yp&&, __common_ref_rr<_Xp, _Yp>>>> {
  using __type = __common_ref_rr<_Xp, _Yp>;
};
template <class _Xp, class _Yp>
struct __common_ref<_Xp&&, _Yp&, enable_if_t<is_convertible_v<_Xp&&, typename __common_ref<const _Xp&, _Yp&>::__type>>> {
  using __type = typename __common_ref<const _Xp&, _Yp&>::__type;
};
template <class _Xp, class _Yp>
struct __common_ref<_Xp&, _Yp&&> : __common_ref<_Yp&&, _Xp&> {};

template <class _Tp, class _Up, template <class> class _TQual, template <class> class _UQual>
struct basic_common_reference {};

template <class... _Tp>
struct common_reference {};
template <class... _Tp>
using common_reference_t = typename common_reference<_Tp...>::type;

template <class _Tp>
struct common_reference<_Tp> {
  using type = _Tp;
};

// The four bullets of [meta.trans.other]/5.3, tried in order.
template <class _T1, class _T2, class = void>
struct __common_reference_by_common_type {};
template <class _T1, class _T2>
struct __common_reference_by_common_type<_T1, _T2, void_t<common_type_t<_T1, _T2>>> {
  using type = common_type_t<_T1, _T2>;
};
template <class _T1, class _T2, class = void>
struct __common_reference_by_cond_res : __common_reference_by_common_type<_T1, _T2> {};
template <class _T1, class _T2>
struct __common_reference_by_cond_res<_T1, _T2, void_t<__cond_res<_T1, _T2>>> {
  using type = __cond_res<_T1, _T2>;
};
template <class _T1, class _T2>
using __basic_common_reference_t =
    typename basic_common_reference<remove_cvref_t<_T1>, remove_cvref_t<_T2>, __xref<_T1>::template __apply,
                                    __xref<_T2>::template __apply>::type;
template <class _T1, class _T2, class = void>
struct __common_reference_by_basic : __common_reference_by_cond_res<_T1, _T2> {};
template <class _T1, class _T2>
struct __common_reference_by_basic<_T1, _T2, void_t<__basic_common_reference_t<_T1, _T2>>> {
  using type = __basic_common_reference_t<_T1, _T2>;
};
template <class _T1, class _T2, class = void>
struct __common_reference_by_ref : __common_reference_by_basic<_T1, _T2> {};
template <class _T1, class _T2>
struct __common_reference_by_ref<_T1, _T2, enable_if_t<is_reference_v<_T1> && is_reference_v<_T2>,
                                                       void_t<typename __common_ref<_T1, _T2>::__type>>> {
  using type = typename __common_ref<_T1, _T2>::__type;
};
template <class _T1, class _T2>
struct common_reference<_T1, _T2> : __common_reference_by_ref<_T1, _T2> {};

template <class _Void, class _T1, class _T2, class... _Rest>
struct __common_reference_fold {};
template <class _T1, class _T2, class... _Rest>
struct __common_reference_fold<void_t<common_reference_t<_T1, _T2>>, _T1, _T2, _Rest...>
    : common_reference<common_reference_t<_T1, _T2>, _Rest...> {};
template <class _T1, class _T2, class _T3, class... _Rest>
struct common_reference<_T1, _T2, _T3, _Rest...> : __common_reference_fold<void, _T1, _T2, _T3, _Rest...> {};

}  // namespace std

#endif  // _FREECO___FREECO_META_CORE_H
