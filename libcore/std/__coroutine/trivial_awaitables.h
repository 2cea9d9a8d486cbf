// [coroutine.trivial.awaitables]: the awaitables that never / always suspend.
#ifndef _FREECO___COROUTINE_TRIVIAL_AWAITABLES_H
#define _FREECO___COROUTINE_TRIVIAL_AWAITABLES_H

#include <__coroutine/coroutine_handle.h>

namespace std {

struct suspend_never {
  constexpr bool await_ready() const noexcept { return true; }
  constexpr void await_suspend(coroutine_handle<>) const noexcept {}
  constexpr void await_resume() const noexcept {}
};

struct suspend_always {
  constexpr bool await_ready() const noexcept { return false; }
  constexpr void await_suspend(coroutine_handle<>) const noexcept {}
  constexpr void await_resume() const noexcept {}
};

}  // namespace std

#endif  // _FREECO___COROUTINE_TRIVIAL_AWAITABLES_H
