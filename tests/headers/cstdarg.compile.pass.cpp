// ADDITIONAL_COMPILE_FLAGS: -pedantic
#include <cstdarg>

// <cstdarg> alone: std::va_list is the C type (the AAPCS `struct __va_list { void* __ap; }`)
// and the va_* macros work with it.

namespace {
template <class A, class B>
constexpr bool same = false;
template <class A>
constexpr bool same<A, A> = true;
}  // namespace

static_assert(same<std::va_list, ::va_list>);
static_assert(same<std::va_list, __builtin_va_list>);
static_assert(sizeof(std::va_list) == sizeof(void*));

#if !defined(va_start) || !defined(va_arg) || !defined(va_end) || !defined(va_copy)
#error "<cstdarg> must define va_start, va_arg, va_copy and va_end"
#endif

int sum_from(std::va_list values, int count) {
  int total = 0;
  while (count-- > 0) total += va_arg(values, int);
  return total;
}

int sum(int count, ...) {
  std::va_list values;
  va_start(values, count);
  std::va_list again;
  va_copy(again, values);
  const int total = sum_from(values, count) + sum_from(again, count);
  va_end(again);
  va_end(values);
  return total / 2;
}
