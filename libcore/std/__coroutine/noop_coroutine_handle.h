// [coroutine.noop]: a coroutine that does nothing when resumed or destroyed and is never done;
// a symmetric-transfer target that means "return to the resumer".
#ifndef _FREECO___COROUTINE_NOOP_COROUTINE_HANDLE_H
#define _FREECO___COROUTINE_NOOP_COROUTINE_HANDLE_H

#include <__coroutine/coroutine_handle.h>

namespace std {

// [coroutine.promise.noop]
struct noop_coroutine_promise {};

// clang provides the frame (__builtin_coro_noop); GCC 12 has no such builtin, so freeco gives
// it a static frame of the shape GCC's builtins expect: resume, destroy, then the promise.
#if __has_builtin(__builtin_coro_noop)
inline void* __noop_coroutine_address() noexcept { return __builtin_coro_noop(); }
#else
struct __noop_coroutine_frame {
  static void __nothing(__noop_coroutine_frame*) noexcept {}
  void (*__resume_)(__noop_coroutine_frame*) = __nothing;
  void (*__destroy_)(__noop_coroutine_frame*) = __nothing;
  noop_coroutine_promise __promise_;
};
inline constinit __noop_coroutine_frame __noop_coroutine_frame_instance{};
inline void* __noop_coroutine_address() noexcept { return &__noop_coroutine_frame_instance; }
#endif

// [coroutine.handle.noop]
template <>
struct coroutine_handle<noop_coroutine_promise> {
  // [coroutine.handle.noop.conv]
  constexpr operator coroutine_handle<>() const noexcept { return coroutine_handle<>::from_address(__handle_); }

  // [coroutine.handle.noop.observers]
  constexpr explicit operator bool() const noexcept { return true; }
  constexpr bool done() const noexcept { return false; }

  // [coroutine.handle.noop.resumption]: no effects, whatever the frame holds.
  constexpr void operator()() const noexcept {}
  constexpr void resume() const noexcept {}
  constexpr void destroy() const noexcept {}

  // [coroutine.handle.noop.promise]
  noop_coroutine_promise& promise() const noexcept {
    return *static_cast<noop_coroutine_promise*>(
        __builtin_coro_promise(__handle_, alignof(noop_coroutine_promise), false));
  }

  // [coroutine.handle.noop.address]
  constexpr void* address() const noexcept { return __handle_; }

 private:
  friend coroutine_handle noop_coroutine() noexcept;
  explicit coroutine_handle(void* __frame) noexcept : __handle_(__frame) {}
  void* __handle_;
};

using noop_coroutine_handle = coroutine_handle<noop_coroutine_promise>;

// [coroutine.noop.coroutine]: every call gives a handle to the same frame.
inline noop_coroutine_handle noop_coroutine() noexcept { return noop_coroutine_handle(__noop_coroutine_address()); }

}  // namespace std

#endif  // _FREECO___COROUTINE_NOOP_COROUTINE_HANDLE_H
