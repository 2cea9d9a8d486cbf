// -*- C++ -*-
// Internal to freeco's <concepts> and <compare>: the concepts that [cmp.concept] builds on, so
// that <compare> does not depend on <concepts>. Users include <concepts>, not this file.
#ifndef _FREECO___FREECO_CONCEPTS_CORE_H
#define _FREECO___FREECO_CONCEPTS_CORE_H

#include <__freeco/meta_core.h>

namespace std {

// [concept.same]
template <class _Tp, class _Up>
concept __same_as_impl = is_same_v<_Tp, _Up>;
template <class _Tp, class _Up>
concept same_as = __same_as_impl<_Tp, _Up> && __same_as_impl<_Up, _Tp>;

// [concept.convertible]
template <class _From, class _To>
concept convertible_to = is_convertible_v<_From, _To> && requires { static_cast<_To>(std::declval<_From>()); };

// [concept.commonref]
template <class _Tp, class _Up>
concept common_reference_with =
    same_as<common_reference_t<_Tp, _Up>, common_reference_t<_Up, _Tp>> &&
    convertible_to<_Tp, common_reference_t<_Tp, _Up>> && convertible_to<_Up, common_reference_t<_Tp, _Up>>;

// [concept.booleantestable]
template <class _Tp>
concept __boolean_testable_impl = convertible_to<_Tp, bool>;
template <class _Tp>
concept __boolean_testable = __boolean_testable_impl<_Tp> && requires(_Tp&& __t) {
  { !static_cast<_Tp&&>(__t) } -> __boolean_testable_impl;
};

// [concept.equalitycomparable] weakly-equality-comparable-with
template <class _Tp, class _Up>
concept __weakly_equality_comparable_with =
    requires(const remove_reference_t<_Tp>& __t, const remove_reference_t<_Up>& __u) {
      { __t == __u } -> __boolean_testable;
      { __t != __u } -> __boolean_testable;
      { __u == __t } -> __boolean_testable;
      { __u != __t } -> __boolean_testable;
    };

// [cmp.concept] partially-ordered-with (also used by [concept.totallyordered])
template <class _Tp, class _Up>
concept __partially_ordered_with = requires(const remove_reference_t<_Tp>& __t, const remove_reference_t<_Up>& __u) {
  { __t < __u } -> __boolean_testable;
  { __t > __u } -> __boolean_testable;
  { __t <= __u } -> __boolean_testable;
  { __t >= __u } -> __boolean_testable;
  { __u < __t } -> __boolean_testable;
  { __u > __t } -> __boolean_testable;
  { __u <= __t } -> __boolean_testable;
  { __u >= __t } -> __boolean_testable;
};

}  // namespace std

#endif  // _FREECO___FREECO_CONCEPTS_CORE_H
