// [coroutine.handle]: a non-owning pointer to a coroutine frame, over the builtins
// __builtin_coro_{resume,destroy,done,promise}. Both compilers lay a frame out as the resume
// function pointer, the destroy function pointer, then the promise.
#ifndef _FREECO___COROUTINE_COROUTINE_HANDLE_H
#define _FREECO___COROUTINE_COROUTINE_HANDLE_H

#include <compare>

#include <__freeco/stddef_types.h>

namespace std {

template <class _Promise = void>
struct coroutine_handle;

template <>
struct coroutine_handle<void> {
  // [coroutine.handle.con]
  constexpr coroutine_handle() noexcept = default;
  constexpr coroutine_handle(decltype(nullptr)) noexcept {}
  coroutine_handle& operator=(decltype(nullptr)) noexcept {
    __handle_ = nullptr;
    return *this;
  }

  // [coroutine.handle.export.import]
  constexpr void* address() const noexcept { return __handle_; }
  static constexpr coroutine_handle from_address(void* __addr) noexcept {
    coroutine_handle __h;
    __h.__handle_ = __addr;
    return __h;
  }

  // [coroutine.handle.observers]
  constexpr explicit operator bool() const noexcept { return __handle_ != nullptr; }
  // Precondition for done, resume and destroy: *this refers to a suspended coroutine.
  bool done() const { return __builtin_coro_done(__handle_); }

  // [coroutine.handle.resumption]
  void operator()() const { resume(); }
  void resume() const { __builtin_coro_resume(__handle_); }
  void destroy() const { __builtin_coro_destroy(__handle_); }

 private:
  void* __handle_ = nullptr;
};

template <class _Promise>
struct coroutine_handle {
  // [coroutine.handle.con]
  constexpr coroutine_handle() noexcept = default;
  constexpr coroutine_handle(decltype(nullptr)) noexcept {}
  // _Promise may be const (coroutine_handle<const P>): the builtin takes a plain pointer.
  static coroutine_handle from_promise(_Promise& __promise) {
    coroutine_handle __h;
    __h.__handle_ = __builtin_coro_promise(const_cast<void*>(static_cast<const volatile void*>(&__promise)),
                                           alignof(_Promise), true);
    return __h;
  }
  coroutine_handle& operator=(decltype(nullptr)) noexcept {
    __handle_ = nullptr;
    return *this;
  }

  // [coroutine.handle.export.import]
  constexpr void* address() const noexcept { return __handle_; }
  static constexpr coroutine_handle from_address(void* __addr) noexcept {
    coroutine_handle __h;
    __h.__handle_ = __addr;
    return __h;
  }

  // [coroutine.handle.conv]
  constexpr operator coroutine_handle<>() const noexcept { return coroutine_handle<>::from_address(__handle_); }

  // [coroutine.handle.observers]
  constexpr explicit operator bool() const noexcept { return __handle_ != nullptr; }
  bool done() const { return __builtin_coro_done(__handle_); }

  // [coroutine.handle.resumption]
  void operator()() const { resume(); }
  void resume() const { __builtin_coro_resume(__handle_); }
  void destroy() const { __builtin_coro_destroy(__handle_); }

  // [coroutine.handle.promise]
  _Promise& promise() const {
    return *static_cast<_Promise*>(__builtin_coro_promise(__handle_, alignof(_Promise), false));
  }

 private:
  void* __handle_ = nullptr;
};

// [coroutine.handle.compare]: by value of coroutine_handle<>, so that every
// coroutine_handle<P> compares through its conversion.
constexpr bool operator==(coroutine_handle<> __x, coroutine_handle<> __y) noexcept {
  return __x.address() == __y.address();
}
// compare_three_way gives a total order over pointers, as [coroutine.handle.compare] specifies.
constexpr strong_ordering operator<=>(coroutine_handle<> __x, coroutine_handle<> __y) noexcept {
  return compare_three_way()(__x.address(), __y.address());
}

// [coroutine.handle.hash]: the <coroutine> synopsis declares std::hash and this
// specialization; freestanding C++20 has no <functional>, so the primary template is declared
// here (undefined, as the standard leaves it for types without a specialization).
template <class _Tp>
struct hash;
template <class _Promise>
struct hash<coroutine_handle<_Promise>> {
  size_t operator()(const coroutine_handle<_Promise>& __h) const noexcept {
    return reinterpret_cast<size_t>(__h.address());
  }
};

}  // namespace std

#endif  // _FREECO___COROUTINE_COROUTINE_HANDLE_H
