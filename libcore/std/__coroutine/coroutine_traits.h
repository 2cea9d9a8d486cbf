// [coroutine.traits]: the promise type of a coroutine, found from its return type.
#ifndef _FREECO___COROUTINE_COROUTINE_TRAITS_H
#define _FREECO___COROUTINE_COROUTINE_TRAITS_H

namespace std {

// [coroutine.traits.primary]: promise_type exists exactly when _Ret::promise_type is a valid
// type; otherwise the traits are empty (SFINAE-friendly), so the compiler reports the
// coroutine's return type rather than an error inside this header.
template <class _Ret, class = void>
struct __coroutine_traits_base {};

template <class _Ret>
struct __coroutine_traits_base<_Ret, decltype(static_cast<void>(static_cast<typename _Ret::promise_type*>(nullptr)))> {
  using promise_type = typename _Ret::promise_type;
};

template <class _Ret, class... _Args>
struct coroutine_traits : __coroutine_traits_base<_Ret> {};

}  // namespace std

#endif  // _FREECO___COROUTINE_COROUTINE_TRAITS_H
