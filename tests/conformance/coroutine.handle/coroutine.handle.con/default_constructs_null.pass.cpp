// [coroutine.handle.con]/1: a default-constructed coroutine_handle (void or Promise) has
// address() == nullptr, even when default-initialised over storage that held other bytes.
#include <new>

#include "coro_test.h"

struct promise {};

template <class Handle>
bool default_initialised_is_null() {
  alignas(Handle) unsigned char storage[sizeof(Handle)];
  for (unsigned char& byte : storage) byte = 0xA5;
  Handle* handle = ::new (static_cast<void*>(storage)) Handle;
  return handle->address() == nullptr && !*handle;
}

extern "C" int main() {
  CORO_CHECK(default_initialised_is_null<std::coroutine_handle<>>());
  CORO_CHECK(default_initialised_is_null<std::coroutine_handle<promise>>());
  std::coroutine_handle<> v;
  std::coroutine_handle<promise> p;
  CORO_CHECK(v.address() == nullptr);
  CORO_CHECK(p.address() == nullptr);
  return coro_test::finish();
}
