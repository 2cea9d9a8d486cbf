// [coroutine.handle.con]/1: a coroutine_handle constructed from nullptr (directly or by
// implicit conversion) has address() == nullptr.
#include "coro_test.h"

struct promise {};

std::coroutine_handle<> void_from_nullptr() { return nullptr; }
std::coroutine_handle<promise> typed_from_nullptr() { return nullptr; }

extern "C" int main() {
  std::coroutine_handle<> v(nullptr);
  std::coroutine_handle<promise> p(nullptr);
  CORO_CHECK(v.address() == nullptr);
  CORO_CHECK(p.address() == nullptr);
  CORO_CHECK(!v);
  CORO_CHECK(!p);
  CORO_CHECK(void_from_nullptr().address() == nullptr);
  CORO_CHECK(typed_from_nullptr().address() == nullptr);
  return coro_test::finish();
}
